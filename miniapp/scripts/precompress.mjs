#!/usr/bin/env node
// Writes .br and .gz beside each text asset of an H5 build, so the server sends compressed files
// without compressing on every request: riders load the app over weak mobile signal.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? process.env.MINIAPP_OUT_DIR ?? 'dist/h5';
const compressible = /\.(js|css|html|json|svg|txt|map)$/;
let files = 0;

function walk(path) {
  for (const name of readdirSync(path)) {
    const file = join(path, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (compressible.test(name) && statSync(file).size > 1024) {
      const bytes = readFileSync(file);
      writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
      files += 1;
    }
  }
}

walk(dir);
console.log(`precompressed ${files} files in ${dir}`);
