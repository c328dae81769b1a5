import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface H5Build {
  dir: string;
  /** The text of the hashed script, as the browser must receive it after decompressing. */
  script: string;
  remove(): void;
}

/** A small H5 build as miniapp's build writes it: index.html, a hashed script with .br and .gz beside it, an unhashed image. */
export function newH5Build(): H5Build {
  const dir = mkdtempSync(join(tmpdir(), 'unionhub-h5-'));
  const script = `console.log(${JSON.stringify('工会通'.repeat(400))});\n`;
  mkdirSync(join(dir, 'js'));
  mkdirSync(join(dir, 'static', 'images'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>工会通</title><script defer src="/js/app.bf3e280c.js"></script>');
  writeFileSync(join(dir, 'js', 'app.bf3e280c.js'), script);
  writeFileSync(join(dir, 'js', 'app.bf3e280c.js.br'), brotliCompressSync(script));
  writeFileSync(join(dir, 'js', 'app.bf3e280c.js.gz'), gzipSync(script));
  writeFileSync(join(dir, 'static', 'images', 'home.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { dir, script, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
