// Decides whether a package's build output is current. A build writes a stamp beside its output:
// a hash of everything the build reads (the package's files, the lockfile, the settings that change
// the bundle) and a fingerprint of what it wrote. The build is current only when both still match,
// so a source edit, a new dependency, another TARO_APP_ value, or another build run into the same
// folder (tests, benchmarks) each cause a rebuild; nothing stale is ever served.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const STAMP = '.build-stamp.json';
/** Folders no build reads: dependencies, outputs, caches, test output. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.swc', 'coverage', 'test-output', '.git']);

function listFiles(dir, skip, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) listFiles(path, skip, out);
    } else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * The hash of a build's inputs: the content of every file under `paths` (files or folders, relative
 * to `root`), the names and values in `env`, and the hashes of the builds it depends on.
 */
export function hashInputs(root, { paths, skipDirs = [], env = {}, dependsOn = [] }) {
  const hash = createHash('sha256');
  const skip = new Set([...SKIPPED_DIRS, ...skipDirs]);
  const files = paths
    .map((p) => join(root, p))
    .filter((p) => existsSync(p))
    .flatMap((p) => (statSync(p).isDirectory() ? listFiles(p, skip) : [p]))
    .map((p) => relative(root, p).split(sep).join('/'))
    .sort();
  for (const file of files) hash.update(`file ${file}\0`).update(readFileSync(join(root, file))).update('\0');
  for (const [name, value] of Object.entries(env).sort(([a], [b]) => a.localeCompare(b))) hash.update(`env ${name}=${value ?? ''}\0`);
  for (const dependency of dependsOn) hash.update(`after ${dependency}\0`);
  return hash.digest('hex');
}

/** Paths, sizes and modification times of everything in the output folder but the stamp. */
function fingerprintOutput(dir) {
  const hash = createHash('sha256');
  for (const path of listFiles(dir, new Set()).sort()) {
    if (path === join(dir, STAMP)) continue;
    const { size, mtimeMs } = statSync(path);
    hash.update(`${relative(dir, path)}\0${size}\0${mtimeMs}\0`);
  }
  return hash.digest('hex');
}

/** True when `outDir` holds a build of exactly these inputs that nothing has written over since. */
export function isCurrent(outDir, inputs) {
  const file = join(outDir, STAMP);
  if (!existsSync(file)) return false;
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8'));
    return stamp.inputs === inputs && stamp.output === fingerprintOutput(outDir);
  } catch {
    return false;
  }
}

export function writeStamp(outDir, inputs) {
  writeFileSync(join(outDir, STAMP), `${JSON.stringify({ inputs, output: fingerprintOutput(outDir), builtAt: new Date().toISOString() })}\n`);
}
