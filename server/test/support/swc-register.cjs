// Lets a child process run the server straight from its TypeScript sources, compiled on load
// with the same swc settings as the tests (.swcrc), so a fault test needs no build step.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const options = JSON.parse(readFileSync(join(__dirname, '..', '..', '.swcrc'), 'utf8'));

Module._extensions['.ts'] = function compile(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...options, filename, swcrc: false, sourceMaps: 'inline' });
  module._compile(code, filename);
};
