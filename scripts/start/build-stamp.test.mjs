// node --test scripts/start/: a build counts as current only for exactly the inputs and output it stamped.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import { hashInputs, isCurrent, writeStamp } from './build-stamp.mjs';

describe('build stamps', () => {
  const root = mkdtempSync(join(tmpdir(), 'unionhub-stamp-'));
  const out = join(root, 'pkg', 'dist');
  const inputs = (env = {}) => hashInputs(root, { paths: ['pnpm-lock.yaml', 'pkg'], env });
  after(() => rmSync(root, { recursive: true, force: true }));
  beforeEach(() => {
    rmSync(join(root, 'pkg'), { recursive: true, force: true });
    mkdirSync(join(root, 'pkg', 'src'), { recursive: true });
    mkdirSync(join(root, 'pkg', 'node_modules', 'dep'), { recursive: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(root, 'pnpm-lock.yaml'), 'lockfileVersion: 9\n');
    writeFileSync(join(root, 'pkg', 'src', 'page.ts'), 'export const title = "找驿站"\n');
    writeFileSync(join(out, 'page.js'), 'built');
    writeStamp(out, inputs({ TARO_APP_DEV_LOGIN: 'true' }));
  });

  it('finds an untouched build current', () => {
    assert.equal(isCurrent(out, inputs({ TARO_APP_DEV_LOGIN: 'true' })), true);
  });

  it('finds it stale after a source edit, a new file, a lockfile change or another setting', () => {
    writeFileSync(join(root, 'pkg', 'src', 'page.ts'), 'export const title = "找驿站!"\n');
    assert.equal(isCurrent(out, inputs({ TARO_APP_DEV_LOGIN: 'true' })), false);
    writeFileSync(join(root, 'pkg', 'src', 'page.ts'), 'export const title = "找驿站"\n');
    assert.equal(isCurrent(out, inputs({ TARO_APP_DEV_LOGIN: 'true' })), true);
    writeFileSync(join(root, 'pkg', 'src', 'extra.ts'), 'export {}\n');
    assert.equal(isCurrent(out, inputs({ TARO_APP_DEV_LOGIN: 'true' })), false);
    rmSync(join(root, 'pkg', 'src', 'extra.ts'));
    writeFileSync(join(root, 'pnpm-lock.yaml'), 'lockfileVersion: 9\npackages: {}\n');
    assert.equal(isCurrent(out, inputs({ TARO_APP_DEV_LOGIN: 'true' })), false);
    writeFileSync(join(root, 'pnpm-lock.yaml'), 'lockfileVersion: 9\n');
    assert.equal(isCurrent(out, inputs({ TARO_APP_DEV_LOGIN: 'false' })), false);
  });

  it('finds it stale when another build wrote over the output', () => {
    const later = new Date(Date.now() + 5000);
    utimesSync(join(out, 'page.js'), later, later);
    assert.equal(isCurrent(out, inputs({ TARO_APP_DEV_LOGIN: 'true' })), false);
    writeStamp(out, inputs({ TARO_APP_DEV_LOGIN: 'true' }));
    writeFileSync(join(out, 'other.js'), 'from another build');
    assert.equal(isCurrent(out, inputs({ TARO_APP_DEV_LOGIN: 'true' })), false);
  });

  it('ignores dependencies and outputs inside the package, and has no stamp before a first build', () => {
    writeFileSync(join(root, 'pkg', 'node_modules', 'dep', 'index.js'), 'changed');
    assert.equal(isCurrent(out, inputs({ TARO_APP_DEV_LOGIN: 'true' })), true);
    rmSync(join(out, '.build-stamp.json'));
    assert.equal(isCurrent(out, inputs({ TARO_APP_DEV_LOGIN: 'true' })), false);
  });
});
