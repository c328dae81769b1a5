import { aidConfig } from './aid.config';
import { filesConfig } from './files.config';

const KEYS = ['FILES_STORAGE', 'S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY', 'S3_SECRET_KEY', 'AID_SECOND_APPROVAL_FEN', 'FILES_ORPHAN_MINUTES'];

function withEnv<T>(env: Record<string, string>, read: () => T): T {
  const saved = { ...process.env };
  for (const key of KEYS) delete process.env[key];
  Object.assign(process.env, env);
  try {
    return read();
  } finally {
    process.env = saved;
  }
}

describe('file storage and mutual-aid settings', () => {
  it('keep files on local disk and ask for a second approval above 5,000 元 by default', () => {
    expect(withEnv({}, () => filesConfig())).toMatchObject({ storage: 'local', s3: null });
    expect(withEnv({}, () => aidConfig())).toEqual({ secondApprovalFen: 500_000 });
    expect(withEnv({ AID_SECOND_APPROVAL_FEN: '200000' }, () => aidConfig())).toEqual({ secondApprovalFen: 200_000 });
    expect(() => withEnv({ AID_SECOND_APPROVAL_FEN: '-1' }, () => aidConfig())).toThrow(/AID_SECOND_APPROVAL_FEN/);
  });

  it('need an endpoint, bucket and keys for S3 storage', () => {
    expect(() => withEnv({ FILES_STORAGE: 's3' }, () => filesConfig())).toThrow(/S3_ENDPOINT/);
    const s3 = { FILES_STORAGE: 's3', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'claims', S3_ACCESS_KEY: 'ak', S3_SECRET_KEY: 'sk' };
    expect(withEnv(s3, () => filesConfig())).toMatchObject({ storage: 's3', s3: { endpoint: 'http://127.0.0.1:9000', bucket: 'claims', region: 'us-east-1', accessKeyId: 'ak', secretAccessKey: 'sk' } });
    expect(() => withEnv({ FILES_STORAGE: 'ftp' }, () => filesConfig())).toThrow(/FILES_STORAGE/);
  });

  it('sweep orphaned files after an hour by default, never when set to 0, and refuse a negative age', () => {
    expect(withEnv({}, () => filesConfig()).orphanMinutes).toBe(60);
    expect(withEnv({ FILES_ORPHAN_MINUTES: '0' }, () => filesConfig()).orphanMinutes).toBe(0);
    expect(() => withEnv({ FILES_ORPHAN_MINUTES: '-5' }, () => filesConfig())).toThrow(/FILES_ORPHAN_MINUTES/);
  });
});
