import { crc32, deflateSync } from 'node:zlib';

/** A 48×32 JPEG (with JFIF and an ICC profile) and PNG drawn by Chromium: real files for upload tests. */
export const JPEG_BASE64 = [
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABh',
  'Y3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAAB',
  'UAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAA',
  'AAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9Y',
  'WVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAM',
  'ZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEY',
  'Ix8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7',
  'Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCAAgADADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAACAAG',
  '/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/EABcBAQEBAQAAAAAAAAAAAAAAAAUDAAb/xAAiEQABAgUEAwAAAAAAAAAAAAARAAMEEhQh',
  'YRUiMUFjoeH/2gAMAwEAAhEDEQA/AMqkSA9tuc3Xax8fSS7ST2OBhG9EglabKN13x+/iN6JAb0nG5BdJQEfVzbQB2eThRIDembck',
  'Nlo+Aq5dwB6PIykghvStThG6F5PX1JAb0knHJxZJQEBSTbiR0ODlf//Z',
].join('');

export const PNG_BASE64 = [
  'iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAYAAABU1PscAAAAgklEQVR4AeySwQmAMBAEjxShL23D/n/ahj+r0BIWWcJxyQTuFW5h',
  'Z66dy/ZWnhbFHwWyBWIAAyaB8U/oeO7IHCVofAOKQPY/BjBgEuCETID2OgZshGYABkyA9vpMBmxYXQIw0AXrj1Bp4Fr3yBzVRRZQ',
  'Adn/FMCASYATMgHa6+UNfAAAAP//aVIWWgAAAAZJREFUAwASKb8hVNorPAAAAABJRU5ErkJggg==',
].join('');

/**
 * An APP1 EXIF segment like a phone writes: orientation 6 (rotate 90°) in IFD0 and a GPS IFD with
 * the position, whose text `GPS-SECRET-39.9N-116.4E` lets a test see whether it survived.
 */
export function exifSegment(orientation = 6): Buffer {
  const gpsNote = Buffer.from('GPS-SECRET-39.9N-116.4E\0', 'latin1');
  const tiff = Buffer.alloc(8 + 2 + 2 * 12 + 4 + 2 + 12 + 4 + gpsNote.length);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(2, 8);
  tiff.writeUInt16BE(0x0112, 10); // Orientation, SHORT, 1
  tiff.writeUInt16BE(3, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  const gpsIfd = 8 + 2 + 24 + 4;
  tiff.writeUInt16BE(0x8825, 22); // GPSInfo pointer, LONG, 1
  tiff.writeUInt16BE(4, 24);
  tiff.writeUInt32BE(1, 26);
  tiff.writeUInt32BE(gpsIfd, 30);
  tiff.writeUInt32BE(0, 34);
  tiff.writeUInt16BE(1, gpsIfd);
  tiff.writeUInt16BE(0x001b, gpsIfd + 2); // GPSProcessingMethod, UNDEFINED
  tiff.writeUInt16BE(7, gpsIfd + 4);
  tiff.writeUInt32BE(gpsNote.length, gpsIfd + 6);
  tiff.writeUInt32BE(gpsIfd + 18, gpsIfd + 10);
  tiff.writeUInt32BE(0, gpsIfd + 14);
  gpsNote.copy(tiff, gpsIfd + 18);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xffe1, 0);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

/** The JPEG with a phone's EXIF (orientation and GPS) and a comment inserted after its JFIF segment. */
export function jpegWithExif(orientation = 6): Buffer {
  const jpeg = Buffer.from(JPEG_BASE64, 'base64');
  const jfifEnd = 4 + jpeg.readUInt16BE(4);
  const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x10]), Buffer.from('shot at home 1', 'latin1')]);
  return Buffer.concat([jpeg.subarray(0, jfifEnd), exifSegment(orientation), comment, jpeg.subarray(jfifEnd)]);
}

/** The text every hostile test image hides in its metadata; found in stored bytes, it leaked. */
export const SECRET = 'GPS-SECRET';

/** True when the bytes hold the secret as Latin-1 or as UTF-16 (ICC and XMP text may be either). */
export function holdsSecret(bytes: Buffer): boolean {
  return bytes.includes(SECRET, 0, 'latin1') || bytes.includes(Buffer.from(SECRET, 'utf16le')) || bytes.includes(Buffer.from(SECRET, 'utf16le').swap16());
}

function jpegSegment(marker: number, body: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xff00 | marker, 0);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

/** An XMP packet (APP1) with a GPS position, as photo editors write it. */
export function xmpSegment(): Buffer {
  const packet = `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="39,54.0N" exif:GPSLongitude="116,24.0E" exif:UserComment="${SECRET}"/></rdf:RDF></x:xmpmeta>`;
  return jpegSegment(0xe1, Buffer.from(packet, 'latin1'));
}

const EOI = Buffer.from([0xff, 0xd9]);

/** The JPEG with its ICC profile's copyright text ("Google Inc. 2016", UTF-16) replaced by the secret. */
export function jpegWithIccSecret(): Buffer {
  const jpeg = Buffer.from(JPEG_BASE64, 'base64');
  const copyright = Buffer.from('Google Inc. 2016', 'utf16le').swap16();
  const at = jpeg.indexOf(copyright);
  if (at < 0) throw new Error('the sample JPEG has no ICC copyright text');
  Buffer.from(`${SECRET}-39.9N`, 'utf16le').swap16().copy(jpeg, at);
  return jpeg;
}

/**
 * A JPEG whose EXIF (with GPS), XMP and a comment sit after the scan data, before the end marker:
 * decoders read past them, and a cleaner that stops at the first scan keeps them.
 */
export function jpegWithGpsAfterScan(): Buffer {
  const jpeg = Buffer.from(JPEG_BASE64, 'base64');
  const comment = jpegSegment(0xfe, Buffer.from(`${SECRET} shot at home`, 'latin1'));
  return Buffer.concat([jpeg.subarray(0, jpeg.length - 2), exifSegment(1), xmpSegment(), comment, EOI]);
}

/**
 * A phone JPEG with a second image after the first (the MPF layout of a preview or depth map):
 * an MPF index in the first, and the second with its own EXIF and GPS.
 */
export function jpegWithGpsInSecondImage(): Buffer {
  const jpeg = Buffer.from(JPEG_BASE64, 'base64');
  const jfifEnd = 4 + jpeg.readUInt16BE(4);
  const mpf = jpegSegment(0xe2, Buffer.concat([Buffer.from('MPF\0MM\0\x2a\0\0\0\x08\0\0', 'latin1'), Buffer.alloc(8)]));
  const primary = Buffer.concat([jpeg.subarray(0, jfifEnd), mpf, jpeg.subarray(jfifEnd)]);
  const second = Buffer.concat([jpeg.subarray(0, jfifEnd), exifSegment(1), jpeg.subarray(jfifEnd)]);
  return Buffer.concat([primary, second]);
}

/** A PNG chunk with its length and CRC; text chunks by default. */
export function pngTextChunk(data: Buffer | string, type = 'tEXt'): Buffer {
  return pngChunk(type, Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1'));
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** The chunks of a PNG: [type, data] in file order. */
export function pngChunks(png: Buffer): [string, Buffer][] {
  const chunks: [string, Buffer][] = [];
  for (let pos = 8; pos + 12 <= png.length; pos += 12 + png.readUInt32BE(pos)) {
    chunks.push([png.toString('latin1', pos + 4, pos + 8), png.subarray(pos + 8, pos + 8 + png.readUInt32BE(pos))]);
  }
  return chunks;
}

/** The PNG with the secret in text, compressed text, international text and EXIF chunks, some after the pixel data. */
export function pngWithTextChunks(): Buffer {
  const png = Buffer.from(PNG_BASE64, 'base64');
  const chunks = pngChunks(png);
  const tiff = exifSegment(1).subarray(10);
  const extra = [
    pngChunk('tEXt', Buffer.from(`Comment\0${SECRET}`, 'latin1')),
    pngChunk('zTXt', Buffer.concat([Buffer.from('Location\0\0', 'latin1'), deflateSync(Buffer.from(`${SECRET} 39.9N 116.4E`, 'latin1'))])),
    pngChunk('iTXt', Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\0\0\0\0', 'latin1'), Buffer.from(`<x:xmpmeta>${SECRET}</x:xmpmeta>`, 'utf8')])),
    pngChunk('eXIf', tiff),
  ];
  const body = chunks.filter(([type]) => type !== 'IEND').map(([type, data]) => pngChunk(type, data));
  return Buffer.concat([png.subarray(0, 8), body[0], extra[0], ...body.slice(1), ...extra.slice(1), pngChunk('IEND', Buffer.alloc(0))]);
}

/**
 * A small PNG (about 1.9 KB) whose header declares width × height: the first rows of zeros
 * compressed, the rest left out. Decoding it whole would take gigabytes.
 */
export function pngDeclaring(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  const pixels = deflateSync(Buffer.alloc(2 * 1024 * 1024), { level: 9 });
  const signature = Buffer.from(PNG_BASE64, 'base64').subarray(0, 8);
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', pixels), pngChunk('IEND', Buffer.alloc(0))]);
}

/** The sample JPEG with its frame header rewritten to declare width × height. */
export function jpegDeclaring(width: number, height: number): Buffer {
  const jpeg = Buffer.from(JPEG_BASE64, 'base64');
  const frame = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
  jpeg.writeUInt16BE(height, frame + 5);
  jpeg.writeUInt16BE(width, frame + 7);
  return jpeg;
}
