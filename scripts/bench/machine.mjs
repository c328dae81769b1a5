import { cpus, totalmem, release, platform } from 'node:os';

/** The facts a reader needs to compare figures: processor, cores, memory, OS, Node, date. */
export function describeMachine() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return {
    cpu,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}
