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
