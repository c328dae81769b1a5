import { crc32, deflateSync } from 'node:zlib';

/**
 * A real PNG that looks like a receipt: a red header band and grey text lines, so zooming shows.
 * Any size: a phone photo is larger than the 1600 px the page sends, and gets downscaled.
 */
export function receiptPng(width = 360, height = 240): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < height; py++) {
    const row = Buffer.alloc(1 + width * 3, 0xff);
    // Drawn on a 360×240 grid, stretched to the size asked for.
    const y = Math.floor((py * 240) / height);
    for (let px = 0; px < width; px++) {
      const x = Math.floor((px * 360) / width);
      const header = y < 40;
      const line = y > 60 && y % 24 < 6 && x > 24 && x < 24 + ((y * 7) % 280) + 40;
      const [r, g, b] = header ? [200, 22, 29] : line ? [90, 90, 90] : [255, 255, 255];
      row.set([r, g, b], 1 + px * 3);
    }
    row[0] = 0;
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
