import { isValidIdNumber } from '@unionhub/shared';
import request from 'supertest';
import { createApp } from '../src/app.factory';
import { MaskingLogger } from '../src/common/masking-logger';
import { findPersonalData, PERSONAL_DATA } from './support/personal-data-patterns';
import { withEnv } from './support/test-app';

/** Numbers as people type them into a search box, and as browsers and mini-programs encode them. */
const ID = '410102199303105930';
const PHONE = '13800138000';
const typed = [
  '410102-19930310-5930',
  '410102 19930310 5930',
  '410102+19930310+5930',
  '410102%2019930310%205930',
  '410102%2D19930310%2D5930',
  '138 0013 8000',
  '138-0013-8000',
  '138+0013+8000',
  '138%200013%208000',
  '%2B86%20138%200013%208000',
  '%2213800138000%22',
];

describe('the request log', () => {
  it('masks ID and phone numbers written with spaces, dashes or URL escapes in every URL', async () => {
    expect(isValidIdNumber(ID)).toBe(true);
    const lines: string[] = [];
    const app = await withEnv({ NODE_ENV: 'test', DATABASE_URL: 'sqljs::memory:', DEMO_DATA: 'false', H5_DIR: '', WECHAT_MODE: 'fake' }, async () => {
      const created = await createApp({ logger: new MaskingLogger('verbose', (line) => lines.push(line)) });
      await created.init();
      await created.getHttpAdapter().getInstance().ready();
      return created;
    });
    try {
      for (const q of typed) await request(app.getHttpServer()).get(`/api/stations/search?q=${q}&lat=39.9&lng=116.4`);
      const requestLines = lines.filter((line) => line.includes('"msg":"request"'));
      expect(requestLines.length).toBe(typed.length);
      for (const line of requestLines) {
        const digits = line.replace(/%2[0BbDd]/g, '').replace(/\D/g, '');
        expect(digits).not.toContain(ID);
        expect(digits).not.toContain(PHONE);
      }
      const found = PERSONAL_DATA.flatMap((pattern) => findPersonalData(requestLines.map((text, i) => ({ where: `line ${i + 1}`, text })), pattern));
      expect(found).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
