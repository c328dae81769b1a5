import { exifSegment, JPEG_BASE64, jpegWithExif, PNG_BASE64 } from '../../../test/support/images';
import { CorruptImageError, detectImageType, readExifOrientation, stripJpegMetadata, stripPngMetadata } from './image-metadata';

const jpeg = Buffer.from(JPEG_BASE64, 'base64');
const png = Buffer.from(PNG_BASE64, 'base64');

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}

describe('detectImageType', () => {
  it('knows JPEG and PNG by their first bytes, whatever the file is called', () => {
    expect(detectImageType(jpeg)).toBe('image/jpeg');
    expect(detectImageType(png)).toBe('image/png');
    expect(detectImageType(Buffer.from('%PDF-1.7'))).toBeNull();
    expect(detectImageType(Buffer.from('GIF89a'))).toBeNull();
    expect(detectImageType(Buffer.alloc(0))).toBeNull();
  });
});

describe('stripJpegMetadata', () => {
  it('removes the GPS position and the comment, keeps the orientation and the picture', () => {
    const phone = jpegWithExif(6);
    expect(phone.includes('GPS-SECRET')).toBe(true);

    const clean = stripJpegMetadata(phone);

    expect(clean.includes('GPS-SECRET')).toBe(false);
    expect(clean.includes('shot at home')).toBe(false);
    const app1 = clean.indexOf(Buffer.from([0xff, 0xe1]));
    expect(readExifOrientation(clean.subarray(app1, app1 + 4 + clean.readUInt16BE(app1 + 2)))).toBe(6);
    const sos = (buffer: Buffer) => buffer.subarray(buffer.indexOf(Buffer.from([0xff, 0xda])));
    expect(sos(clean).equals(sos(jpeg))).toBe(true);
    expect(clean.includes('ICC_PROFILE')).toBe(true);
    expect(clean.subarray(2, 4).equals(Buffer.from([0xff, 0xe0]))).toBe(true);
  });

  it('leaves a clean JPEG as it is and adds no orientation when upright', () => {
    expect(stripJpegMetadata(jpeg).equals(jpeg)).toBe(true);
    const upright = stripJpegMetadata(jpegWithExif(1));
    expect(upright.equals(jpeg)).toBe(true);
  });

  it('reads the orientation only from an EXIF segment', () => {
    expect(readExifOrientation(exifSegment(8))).toBe(8);
    expect(readExifOrientation(Buffer.concat([Buffer.from([0xff, 0xe1, 0, 8]), Buffer.from('http:')]))).toBeNull();
  });

  it.each([
    ['cut inside a segment', jpeg.subarray(0, 30)],
    ['with no marker after the start', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00])],
    ['with a segment longer than the file', Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x7f, 0xff, 0x00])],
    ['with garbage after the start', Buffer.from([0xff, 0xd8, 0x12, 0x34, 0x56])],
  ])('refuses a JPEG %s', (_, bytes) => {
    expect(() => stripJpegMetadata(bytes)).toThrow(CorruptImageError);
  });
});

describe('stripPngMetadata', () => {
  it('drops text, time and EXIF chunks and keeps the image chunks', () => {
    const iend = png.length - 12;
    const tagged = Buffer.concat([
      png.subarray(0, 33),
      pngChunk('tEXt', Buffer.from('Comment\0GPS-SECRET')),
      pngChunk('eXIf', exifSegment().subarray(10)),
      pngChunk('tIME', Buffer.alloc(7)),
      png.subarray(33, iend),
      pngChunk('iTXt', Buffer.from('XML:com.adobe.xmp\0\0\0\0\0GPS-SECRET')),
      png.subarray(iend),
    ]);

    const clean = stripPngMetadata(tagged);

    expect(clean.includes('GPS-SECRET')).toBe(false);
    expect(clean.includes('tIME')).toBe(false);
    expect(clean.equals(stripPngMetadata(png))).toBe(true);
    expect(clean.includes('IDAT')).toBe(true);
  });

  it.each([
    ['without IEND', png.subarray(0, png.length - 12)],
    ['cut inside a chunk', png.subarray(0, 20)],
    ['starting with another chunk than IHDR', Buffer.concat([png.subarray(0, 8), pngChunk('tEXt', Buffer.from('a\0b')), png.subarray(8)])],
  ])('refuses a PNG %s', (_, bytes) => {
    expect(() => stripPngMetadata(bytes)).toThrow(CorruptImageError);
  });
});
