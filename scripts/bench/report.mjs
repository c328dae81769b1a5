import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** The `## Title` sections of an earlier report, by title, each as its lines. */
function earlierSections(path) {
  if (!existsSync(path)) return new Map();
  const sections = new Map();
  let current = null;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('## ')) sections.set((current = line.slice(3)), [line]);
    else if (current) sections.get(current).push(line);
  }
  for (const lines of sections.values()) while (lines.at(-1) === '') lines.pop();
  return sections;
}

function renderScenario(scenario, machine, command) {
  const lines = [`## ${scenario.title}`, '', `_Measured ${machine.date} with \`${command}\`._`, '', scenario.description, ''];
  if (scenario.rows.length > 0) {
    const headers = Object.keys(scenario.rows[0]);
    lines.push(`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`);
    for (const row of scenario.rows) lines.push(`| ${headers.map((h) => row[h]).join(' | ')} |`);
    lines.push('');
  }
  if (scenario.verdict) lines.push(`**Target:** ${scenario.target} — ${scenario.verdict}`, '');
  if (scenario.notes) lines.push(scenario.notes, '');
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * Writes docs/benchmarks.md: the machine, then each scenario's table and verdict. A run of some
 * scenarios (`pnpm bench join`) replaces those sections and keeps the others, each with its date.
 */
export function writeReport(path, machine, scenarios) {
  const command = `pnpm bench${process.argv.slice(2).length ? ' ' + process.argv.slice(2).join(' ') : ''}`;
  const sections = earlierSections(path);
  for (const scenario of scenarios) sections.set(scenario.title, renderScenario(scenario, machine, command));
  const lines = [
    '# Benchmarks',
    '',
    'Written by `pnpm bench` (do not edit by hand; run it again; `pnpm bench <scenario…>` rewrites only those sections). Loads run on 127.0.0.1 only and stop by themselves.',
    '',
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}`,
    `- Node.js ${machine.node}`,
    `- Last written: ${machine.date}`,
    '',
  ];
  for (const section of sections.values()) lines.push(...section, '');
  writeFileSync(path, lines.join('\n'));
}
