import type { OrgUnitNode } from '@unionhub/shared';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { OrgUnit } from '../src/modules/orgs/org-unit.entity';
import { createTestApp, type TestApp } from './support/test-app';

const flatten = (node: OrgUnitNode): OrgUnitNode[] => [node, ...node.children.flatMap(flatten)];

describe('the union tree and officer scope', () => {
  let t: TestApp;
  const units = new Map<string, string>();
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    t = await createTestApp();
    for (const unit of await t.dataSource.getRepository(OrgUnit).find()) units.set(unit.code, unit.id);
    for (const account of ['member', 'admin', 'officer:BJ-DX-PGZ', 'officer:BJ-DX-YH', 'officer:BJ-DX', 'officer:BJ-FT-WZ']) {
      tokens[account] = await t.login(account);
    }
  });
  afterAll(() => t.close());

  it('shows anyone the public tree of demo units', async () => {
    const response = await t.http.get('/api/orgs/tree').expect(200);
    const [root] = response.body as OrgUnitNode[];
    expect(root).toMatchObject({ code: 'BJ', name: '北京市总工会', level: 'city' });
    const codes = flatten(root).map((u) => u.code);
    expect(codes).toEqual(expect.arrayContaining(['BJ-DX-PGZ', 'BJ-DX-YH', 'BJ-DX-JG', 'BJ-DX-TGY', 'BJ-FT-WZ', 'BJ-FT-LGQ', 'BJ-FT-ZGC', 'BJ-DX-POOL']));
  });

  describe('GET /api/orgs/:unitId', () => {
    it.each([
      ['officer:BJ-DX-PGZ', 'BJ-DX-PGZ', 200],
      ['officer:BJ-DX-PGZ', 'BJ-DX-YH', 403],
      ['officer:BJ-DX-PGZ', 'BJ-FT-WZ', 403],
      ['officer:BJ-DX-PGZ', 'BJ-DX', 403],
      ['officer:BJ-DX-YH', 'BJ-DX-YH-SH', 200],
      ['officer:BJ-DX', 'BJ-DX-PGZ', 200],
      ['officer:BJ-DX', 'BJ-FT', 403],
      ['officer:BJ-FT-WZ', 'BJ-DX-PGZ', 403],
      ['admin', 'BJ-FT-LGQ', 200],
      ['member', 'BJ-DX-PGZ', 403],
    ])('%s reading %s gets %i', async (who, code, status) => {
      const response = await t.http.get(`/api/orgs/${units.get(code)}`).set(as(who)).expect(status);
      if (status === 200) expect(response.body.code).toBe(code);
      else expect(response.body.code).toMatch(/FORBIDDEN|ORG_OUT_OF_SCOPE/);
    });

    it('gives a district officer the whole district subtree', async () => {
      const response = await t.http.get(`/api/orgs/${units.get('BJ-DX')}`).set(as('officer:BJ-DX')).expect(200);
      const codes = flatten(response.body as OrgUnitNode).map((u) => u.code);
      expect(codes).toContain('BJ-DX-TGY-JN');
      expect(codes.some((c) => c.startsWith('BJ-FT'))).toBe(false);
    });

    it('needs a sign-in, and answers an unknown or malformed id with 404', async () => {
      await t.http.get(`/api/orgs/${units.get('BJ-DX')}`).expect(401);
      await t.http.get('/api/orgs/00000000-0000-4000-8000-000000000000').set(as('admin')).expect(404);
      await t.http.get('/api/orgs/not-an-id').set(as('admin')).expect(404);
    });
  });

  describe('POST /api/orgs/:unitId/children', () => {
    const body = { code: 'BJ-DX-PGZ-KD1', name: '庞各庄镇快递网点联合工会', level: 'grassroots', kind: 'federation' };

    it('lets an officer add a unit inside his subtree, and audits it', async () => {
      const response = await t.http.post(`/api/orgs/${units.get('BJ-DX-PGZ')}/children`).set(as('officer:BJ-DX-PGZ')).send(body).expect(201);
      expect(response.body).toMatchObject({ code: body.code, level: 'grassroots', parentId: units.get('BJ-DX-PGZ') });
      const entries = await t.dataSource.getRepository(AuditEntry).findBy({ targetId: response.body.id });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'org.create', actorRole: 'officer', orgUnitId: units.get('BJ-DX-PGZ') });
      expect(entries[0].ip).toBeTruthy();
    });

    it("refuses another town's officer and writes nothing", async () => {
      const before = await t.dataSource.getRepository(OrgUnit).count();
      const response = await t.http
        .post(`/api/orgs/${units.get('BJ-DX-PGZ')}/children`)
        .set(as('officer:BJ-FT-WZ'))
        .send({ ...body, code: 'BJ-DX-PGZ-KD2' })
        .expect(403);
      expect(response.body.code).toBe('ORG_OUT_OF_SCOPE');
      expect(await t.dataSource.getRepository(OrgUnit).count()).toBe(before);
    });

    it('refuses members and anonymous callers', async () => {
      await t.http.post(`/api/orgs/${units.get('BJ-DX-PGZ')}/children`).set(as('member')).send({ ...body, code: 'BJ-X1' }).expect(403);
      await t.http.post(`/api/orgs/${units.get('BJ-DX-PGZ')}/children`).send({ ...body, code: 'BJ-X2' }).expect(401);
    });

    it.each([
      ['a level above the parent', { ...body, code: 'BJ-DX-PGZ-D', level: 'district' }, 'ORG_LEVEL_NOT_ALLOWED'],
      ['a lower-case code', { ...body, code: 'bj-dx-x' }, 'VALIDATION_FAILED'],
      ['an unknown kind', { ...body, code: 'BJ-DX-PGZ-K', kind: 'club' }, 'VALIDATION_FAILED'],
      ['a server-owned path', { ...body, code: 'BJ-DX-PGZ-P', path: '/x/' }, 'VALIDATION_FAILED'],
      ['a server-owned parent', { ...body, code: 'BJ-DX-PGZ-Q', parentId: 'x' }, 'VALIDATION_FAILED'],
      ['a one-character name', { ...body, code: 'BJ-DX-PGZ-R', name: '工' }, 'VALIDATION_FAILED'],
    ])('refuses %s with 400', async (_, input, code) => {
      const before = await t.dataSource.getRepository(OrgUnit).count();
      const response = await t.http.post(`/api/orgs/${units.get('BJ-DX-PGZ')}/children`).set(as('officer:BJ-DX-PGZ')).send(input).expect(400);
      expect(response.body.code).toBe(code);
      expect(await t.dataSource.getRepository(OrgUnit).count()).toBe(before);
    });

    it('creates one unit when the same code is sent many times at once', async () => {
      const same = { ...body, code: 'BJ-DX-YH-RACE' };
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => t.http.post(`/api/orgs/${units.get('BJ-DX-YH')}/children`).set(as('officer:BJ-DX-YH')).send(same)),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(9);
      expect(await t.dataSource.getRepository(OrgUnit).countBy({ code: same.code })).toBe(1);
    });
  });
});
