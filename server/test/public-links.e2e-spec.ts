import type { JoinChannel } from '@unionhub/shared';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { freePort } from './support/free-port';
import { newH5Build, type H5Build } from './support/h5-build';
import { bearer, channelInput, unitIds } from './support/join-factory';
import { createTestApp, type TestApp } from './support/test-app';

/** What a phone camera reads from the printed code. */
function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

describe('links and printed QR codes of a server on another port', () => {
  let t: TestApp;
  let build: H5Build;
  let port: number;
  let officer: string;
  const origin = () => `http://127.0.0.1:${port}`;

  beforeAll(async () => {
    port = await freePort();
    build = newH5Build();
    t = await createTestApp({ PORT: String(port), HOST: undefined, PUBLIC_BASE_URL: undefined, H5_DIR: build.dir });
    await t.app.listen({ port, host: '127.0.0.1' });
    officer = await t.login('officer:BJ-DX-YH');
  });
  afterAll(async () => {
    await t.close();
    build.remove();
  });

  it('link to the port the server listens on, and the printed code opens the app there', async () => {
    const units = await unitIds(t);
    const created = await fetch(`${origin()}/api/join/channels`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(officer) },
      body: JSON.stringify(channelInput(units.get('BJ-DX-YH') as string)),
    });
    expect(created.status).toBe(201);
    const channel = (await created.json()) as JoinChannel;
    expect(channel.link).toBe(`http://localhost:${port}/?scene=${channel.code}`);

    const listed = (await (await fetch(`${origin()}/api/join/channels/${channel.id}`, { headers: bearer(officer) })).json()) as JoinChannel;
    expect(listed.link).toBe(channel.link);

    const qr = await fetch(`${origin()}/api/join/channels/${channel.id}/qrcode.png`, { headers: bearer(officer) });
    expect(qr.headers.get('content-type')).toBe('image/png');
    expect(decodeQr(Buffer.from(await qr.arrayBuffer()))).toBe(channel.link);

    const opened = await fetch(channel.link);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain('<title>工会通</title>');
    // Decoding an 800-pixel code is slow on a busy two-core machine.
  }, 90_000);
});
