import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('shared sources', () => {
  // The mini-program bundles this package; WeChat on iOS before 16.4 cannot parse a lookbehind,
  // and one such regex would stop the whole bundle from loading.
  it('use no regex lookbehind', () => {
    const files = sourceFiles(__dirname);
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((file) => /\(\?<[=!]/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
