import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPersonalData, PERSONAL_DATA } from '../support/personal-data-patterns';

/**
 * Runs after the API suites, over every log line they wrote (TEST_LOG_DIR): no ID number, phone
 * number, bank card, token or WeChat session key may appear whole.
 */
const dir = process.env.TEST_LOG_DIR ?? '';

function logLines(): { file: string; line: number; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((text, index) => ({ file: name, line: index + 1, text })),
    );
}

describe('logs of the whole API suite', () => {
  const lines = dir ? logLines() : [];

  it('were captured (the check means nothing without them)', () => {
    expect(dir).not.toBe('');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.some((l) => l.text.includes('"msg":"request"'))).toBe(true);
  });

  it.each(PERSONAL_DATA)('never carry a whole $name', (pattern) => {
    expect(findPersonalData(lines.map(({ file, line, text }) => ({ where: `${file}:${line}`, text })), pattern)).toEqual([]);
  });
});
