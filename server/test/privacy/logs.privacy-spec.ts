import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidIdNumber } from '@unionhub/shared';

/**
 * Runs after the API suites, over every log line they wrote (TEST_LOG_DIR): no ID number, phone
 * number, bank card, token or WeChat session key may appear whole.
 */
const dir = process.env.TEST_LOG_DIR ?? '';

const patterns: { name: string; find: RegExp; confirm?: (match: string) => boolean }[] = [
  { name: 'ID number', find: /\d{17}[\dXx]/g, confirm: isValidIdNumber },
  { name: 'mobile number', find: /(?<![\d.])1[3-9]\d{9}(?![\d.])/g },
  { name: 'bank card', find: /(?<![\d.])\d{16,19}(?![\d.])/g },
  { name: 'token', find: /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g },
  { name: 'session key', find: /session_?key/gi },
];

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

  it.each(patterns)('never carry a whole $name', ({ find, confirm }) => {
    const found = lines.flatMap(({ file, line, text }) =>
      [...text.matchAll(find)].filter((m) => !confirm || confirm(m[0])).map(() => `${file}:${line}`),
    );
    expect(found).toEqual([]);
  });
});
