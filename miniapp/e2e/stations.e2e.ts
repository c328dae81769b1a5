import { gcj02ToWgs84, type NearbyStationsResponse, wgs84ToGcj02 } from '@unionhub/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiClient } from './support/api';
import { launchChromium, newPhoneContext, screenshot } from './support/browser';
import { receiptPng } from './support/images';
import { type RunningServer, startServer } from './support/server';

/** A rider a few hundred metres from 庞各庄镇暖心驿站; the browser reports GPS (WGS-84) like a phone. */
const RIDER_GCJ = { lat: 39.6391, lng: 116.3241 };
const RIDER_GPS = gcj02ToWgs84(RIDER_GCJ);

describe('the 驿站 tab on H5', () => {
  let server: RunningServer;
  let browser: Browser;
  let located: BrowserContext;
  let page: Page;

  const { api, signIn } = apiClient(() => server.baseUrl);
  const cardNames = () => page.locator('.station-card__name').allInnerTexts();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    located = await newPhoneContext(browser, server.baseUrl);
    await located.grantPermissions(['geolocation'], { origin: server.baseUrl });
    await located.setGeolocation({ latitude: RIDER_GPS.lat, longitude: RIDER_GPS.lng, accuracy: 20 });
    page = await located.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the nearest stations in the order the API measures, with distance and open state', async () => {
    await page.goto('/#/pages/stations/index');
    await page.locator('.station-card').first().waitFor();
    // The app converts the browser's WGS-84 to GCJ-02 before asking; so does this check.
    const position = wgs84ToGcj02(RIDER_GPS);
    const expected = await api<NearbyStationsResponse>('GET', `/api/stations/nearby?lat=${position.lat.toFixed(6)}&lng=${position.lng.toFixed(6)}&limit=20`);
    expect(expected.items.length).toBeGreaterThan(3);
    expect(await page.locator('.finder__where-text').innerText()).toBe('离您最近的驿站');
    expect(await cardNames()).toEqual(expected.items.map((item) => item.name));
    expect(expected.items[0].name).toBe('庞各庄镇暖心驿站');
    const first = page.locator('.station-card').first();
    expect(await first.locator('.station-card__distance').innerText()).toMatch(/^\d+ 米$/);
    expect(await first.locator('.badge').innerText()).toMatch(/开放中|已关门/);
    expect(await page.getByText('找驿站、进驿站都不需要注册或入会。').isVisible()).toBe(true);
    await screenshot(page, 'stations-list');
  });

  it('narrows the list with a filter chip', async () => {
    const before = await cardNames();
    await page.locator('.chip', { hasText: '换电' }).click();
    await page.waitForFunction((count) => document.querySelectorAll('.station-card').length !== count, before.length);
    const after = await cardNames();
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    for (const card of await page.locator('.station-card').all()) expect(await card.locator('.station-card__facilities').innerText()).toContain('换电');
    // Nearest first among the stations that have it, however far: the API's answer for the same filter.
    const position = wgs84ToGcj02(RIDER_GPS);
    const expected = await api<NearbyStationsResponse>('GET', `/api/stations/nearby?lat=${position.lat.toFixed(6)}&lng=${position.lng.toFixed(6)}&facilities=battery-swap&limit=20`);
    expect(after).toEqual(expected.items.map((item) => item.name));
    await screenshot(page, 'stations-filtered');
    await page.locator('.chip', { hasText: '换电' }).click();
    await page.waitForFunction((count) => document.querySelectorAll('.station-card').length === count, before.length);
  });

  it('opens a station with the week’s hours, today marked, and a map link', async () => {
    await page.locator('.station-card', { hasText: '庞各庄镇暖心驿站' }).click();
    await page.getByText('每周开放时间').waitFor();
    expect(await page.locator('.hours').count()).toBe(7);
    expect(await page.locator('.hours--today').innerText()).toMatch(/周.（今天）/);
    expect(await page.locator('.hours').first().innerText()).toContain('24小时');
    expect(await page.getByText('工会最后核验：2026-11-18').isVisible()).toBe(true);
    const link = page.locator('a.action--primary');
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/uri\.amap\.com\/marker\?position=116\.32618,39\.63662&name=/);
    expect(await page.getByText('打电话 010-60001201').isVisible()).toBe(true);
    await screenshot(page, 'station-detail');
    await page.locator('.hours').last().scrollIntoViewIfNeeded();
    await screenshot(page, 'station-detail-hours');
  });

  it('lets the signed-in member report a problem, once per submission', async () => {
    await page.getByText('遇到问题？反馈给驿站所属工会').click();
    await page.getByText('遇到了什么问题？').waitFor();
    await page.locator('.kind', { hasText: '设施不符' }).click();
    await page.locator('.report__note textarea').fill('充电线坏了');
    await screenshot(page, 'station-report');
    await page.getByText('提交反馈', { exact: true }).click();
    await page.getByText('已收到您的反馈').waitFor();
    await screenshot(page, 'station-report-sent');
  });

  it('shows the photo an officer added, re-encoded on the server, through its signed link', async () => {
    const position = wgs84ToGcj02(RIDER_GPS);
    const nearby = await api<NearbyStationsResponse>('GET', `/api/stations/nearby?lat=${position.lat.toFixed(6)}&lng=${position.lng.toFixed(6)}&radius=5000&limit=1`);
    const officer = await signIn('officer:BJ-DX');
    await api('POST', `/api/stations/manage/${nearby.items[0].id}/photos`, { image: receiptPng().toString('base64') }, officer);
    const visitor = await located.newPage();
    await visitor.goto(`/#/station/detail/index?id=${nearby.items[0].id}`);
    await visitor.locator('.detail__photo img').first().waitFor({ state: 'attached' });
    await visitor.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.detail__photo img')].some((img) => img.complete && img.naturalWidth === 360));
    await screenshot(visitor, 'station-detail-photo');
    await visitor.close();
  });

  it('shows a worker far from every station his nearest ones at once, kilometres away', async () => {
    // 15 km south-west of Pangezhuang: nothing within 5 km.
    const far = await newPhoneContext(browser, server.baseUrl);
    await far.grantPermissions(['geolocation'], { origin: server.baseUrl });
    const farGps = gcj02ToWgs84({ lat: 39.55, lng: 116.2 });
    await far.setGeolocation({ latitude: farGps.lat, longitude: farGps.lng, accuracy: 20 });
    const other = await far.newPage();
    await other.goto('/#/pages/stations/index');
    await other.locator('.station-card').first().waitFor();
    const position = wgs84ToGcj02(farGps);
    const expected = await api<NearbyStationsResponse>('GET', `/api/stations/nearby?lat=${position.lat.toFixed(6)}&lng=${position.lng.toFixed(6)}&limit=20`);
    expect(expected.items[0].distanceMetres).toBeGreaterThan(5000);
    expect(await other.locator('.station-card__name').allInnerTexts()).toEqual(expected.items.map((item) => item.name));
    expect(await other.locator('.station-card__distance').first().innerText()).toMatch(/^\d+(\.\d)? 公里$/);
    expect(await other.getByText('扩大到', { exact: false }).count()).toBe(0);
    await screenshot(other, 'stations-far');
    await far.close();
  });

  it('falls back to choosing a district when location is refused', async () => {
    const refused = await newPhoneContext(browser, server.baseUrl);
    const other = await refused.newPage();
    await other.goto('/#/pages/stations/index');
    await other.getByText('大兴区', { exact: true }).waitFor();
    expect(await other.locator('.fallback__title').innerText()).toMatch(/没有获得定位权限|暂时没能定位/);
    expect(await other.locator('.district').count()).toBe(16);
    await screenshot(other, 'stations-denied');
    await other.locator('.district', { hasText: '丰台区' }).click();
    await other.locator('.station-card').first().waitFor();
    expect(await other.locator('.finder__where-text').innerText()).toBe('丰台区的驿站');
    expect(await other.locator('.station-card__distance').count()).toBe(0);
    await screenshot(other, 'stations-district');
    await other.locator('.finder__input input').fill('骑手');
    await other.getByText('搜索', { exact: true }).click();
    await other.getByText('“骑手”的搜索结果').waitFor();
    for (const name of await other.locator('.station-card__name').allInnerTexts()) expect(name.length).toBeGreaterThan(0);
    await refused.close();
  });
});

describe('officer station pages on H5', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  /** Taro slides pages in: wait until the new page has settled before reading it. */
  const settled = () => page.waitForTimeout(600);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await (await newPhoneContext(browser, server.baseUrl)).newPage();
    await page.goto('/#/pages/me/index');
    await page.getByText('工会工作者 · 卢沟桥地区总工会').click();
    await page.getByText('卢沟桥地区工会干部').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the subtree with the station that has repeated reports first', async () => {
    await page.goto('/#/officer/stations/index');
    await page.getByText('共 ', { exact: false }).first().waitFor();
    const titles = await page.locator('.entry .entry__title').allInnerTexts();
    expect(titles.slice(0, 2)).toEqual(['驿站反馈', '六里桥饿了么骑手之家']);
    expect(await page.locator('.st-tag--flag').first().innerText()).toContain('多次反馈');
    await screenshot(page, 'officer-stations');
  });

  it('opens a station in the edit form', async () => {
    await page.getByText('六里桥饿了么骑手之家').click();
    await page.getByText('保存修改').waitFor();
    expect(await page.locator('.officer__textarea textarea').first().inputValue()).toBe('每天 09:00-23:00');
    await screenshot(page, 'officer-station-edit');
    await page.getByText('开放时间', { exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'officer-station-edit-hours');
  });

  it('works through the report queue', async () => {
    await page.goto('/#/officer/stations/reports/index');
    await page.getByText('多次反馈：3 条未处理').waitFor();
    await screenshot(page, 'officer-station-reports');
    await page.locator('.st-report').first().locator('input').fill('已联系站点修好微波炉');
    await page.locator('.st-report').first().getByText('已处理').click();
    await page.getByText('2 条未处理').waitFor();
  });

  it('imports a spreadsheet with a preview of row errors', async () => {
    await page.goto('/#/officer/stations/import/index');
    await page.getByText('1. 按模板填写').waitFor();
    const csv = [
      '外部编号,站点名称,地址,经度,纬度,开放时间,设施',
      'E2E-1,卢沟桥新建驿站,丰台区卢沟桥乡新建路1号,116.2601,39.8601,24小时,饮水、充电',
      'E2E-2,坐标有误的驿站,丰台区卢沟桥乡新建路2号,abc,39.8602,24小时,饮水',
      'E2E-3,卢沟桥新建驿站二号,丰台区卢沟桥乡新建路3号,116.2603,39.8603,每天 08:00-20:00,卫生间',
    ].join('\n');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('选择文件', { exact: true }).click()]);
    await chooser.setFiles({ name: 'ledger.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByText('已选：ledger.csv').waitFor();
    await page.getByText('预览检查').click();
    await page.getByText('3. 预览：共 3 行').waitFor();
    await settled();
    expect(await page.locator('.st-errors__row').first().innerText()).toMatch(/第 3 行 · 经度[\s\S]*不是数字/);
    await screenshot(page, 'officer-station-import-preview');
    await page.getByText('确认导入').click();
    await page.getByText('导入完成').waitFor();
    await settled();
    expect(await page.locator('.st-counts__number').allInnerTexts()).toEqual(['2', '0', '0', '1']);
    await screenshot(page, 'officer-station-import-done');
  });
});
