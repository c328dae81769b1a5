import { writeFileSync } from 'node:fs';

/** Writes docs/benchmarks.md: the machine, the command, then each scenario's table and verdict. */
export function writeReport(path, machine, scenarios) {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `pnpm bench` (do not edit by hand; run it again). Loads run on 127.0.0.1 only and stop by themselves.',
    '',
    `- Date: ${machine.date}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}`,
    `- Node.js ${machine.node}`,
    `- Command: \`pnpm bench${process.argv.slice(2).length ? ' ' + process.argv.slice(2).join(' ') : ''}\``,
    '',
  ];
  for (const scenario of scenarios) {
    lines.push(`## ${scenario.title}`, '', scenario.description, '');
    if (scenario.rows.length > 0) {
      const headers = Object.keys(scenario.rows[0]);
      lines.push(`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`);
      for (const row of scenario.rows) lines.push(`| ${headers.map((h) => row[h]).join(' | ')} |`);
      lines.push('');
    }
    if (scenario.verdict) lines.push(`**Target:** ${scenario.target} — ${scenario.verdict}`, '');
    if (scenario.notes) lines.push(scenario.notes, '');
  }
  writeFileSync(path, lines.join('\n'));
}
