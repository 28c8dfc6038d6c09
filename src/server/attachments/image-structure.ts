import { crc32 } from 'node:zlib';

/** What an image's own structure says about it: its size, or why it cannot be a real image. */
export type ImageStructure = { ok: true; width: number; height: number } | { ok: false; reason: string };

/** Larger than any camera or panorama makes: a side past this, or more pixels, is a decompression bomb or a lie. */
export const imageLimits = { maxSide: 30_000, maxPixels: 250_000_000 } as const;

const broken = (reason: string): ImageStructure => ({ ok: false, reason });

function sized(width: number, height: number): ImageStructure {
  if (!(width > 0 && height > 0)) return broken(`declares a size of ${width}×${height}`);
  if (width > imageLimits.maxSide || height > imageLimits.maxSide || width * height > imageLimits.maxPixels) {
    return broken(`declares an absurd size of ${width}×${height}`);
  }
  return { ok: true, width, height };
}

const ascii = (buf: Buffer, at: number, n = 4) => buf.toString('latin1', at, at + n);

/** Valid bit depths per PNG colour type (PNG §11.2.2). */
const pngDepths: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/**
 * Walks a PNG chunk by chunk, checking each chunk's length and CRC: IHDR first and well-formed,
 * a palette where the colour type needs one, image data, and IEND as the very last bytes.
 */
export function pngStructure(buf: Buffer): ImageStructure {
  let at = 8;
  let size: ImageStructure | undefined;
  let palette = false;
  let data = false;
  let colourType = -1;
  while (at + 12 <= buf.length) {
    const length = buf.readUInt32BE(at);
    const type = ascii(buf, at + 4);
    if (length > 0x7fffffff || at + 12 + length > buf.length) return broken(`chunk ${JSON.stringify(type)} runs past the end of the file`);
    if (!/^[A-Za-z]{4}$/.test(type)) return broken('has a chunk with an invalid name');
    if (crc32(buf.subarray(at + 4, at + 8 + length)) !== buf.readUInt32BE(at + 8 + length)) return broken(`chunk ${type} fails its CRC`);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (!size && type !== 'IHDR') return broken('does not start with IHDR');
    if (type === 'IHDR') {
      if (size || length !== 13) return broken('has a malformed IHDR');
      colourType = body[9]!;
      if (!pngDepths[colourType]?.includes(body[8]!) || body[10] !== 0 || body[11] !== 0 || body[12]! > 1) return broken('has an impossible IHDR');
      size = sized(body.readUInt32BE(0), body.readUInt32BE(4));
      if (!size.ok) return size;
    } else if (type === 'PLTE') {
      palette = length > 0 && length % 3 === 0 && length <= 768;
      if (!palette) return broken('has a malformed palette');
    } else if (type === 'IDAT') {
      if (colourType === 3 && !palette) return broken('has image data before its palette');
      data = true;
    } else if (type === 'IEND') {
      if (length !== 0) return broken('has a malformed IEND');
      if (!data) return broken('has no image data');
      if (at + 12 !== buf.length) return broken('has bytes after IEND');
      return size!;
    }
    at += 12 + length;
  }
  return broken('is cut short (no IEND)');
}

/** SOFn markers that carry the frame size (C4, C8 and CC are other segments). */
const isStartOfFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/**
 * Walks a JPEG segment by segment: every length inside the file, one start-of-frame with a real
 * size before the first scan, and after the scans (skipping their entropy-coded data) an EOI
 * marker. Bytes after EOI (camera trailers) are allowed.
 */
export function jpegStructure(buf: Buffer): ImageStructure {
  let at = 2;
  let size: ImageStructure | undefined;
  let scanned = false;
  while (at < buf.length) {
    if (buf[at] !== 0xff) return broken('has bytes where a marker should be');
    while (buf[at] === 0xff) at++; // fill bytes
    if (at >= buf.length) break;
    const marker = buf[at++]!;
    if (marker === 0xd9) {
      if (!size || !scanned) return broken('ends before its image data');
      return size;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue; // standalone markers
    if (marker === 0xd8 || marker === 0x00) return broken('has a misplaced marker');
    if (at + 2 > buf.length) break;
    const length = buf.readUInt16BE(at);
    if (length < 2 || at + length > buf.length) return broken('has a segment that runs past the end of the file');
    if (isStartOfFrame(marker)) {
      if (size) return broken('has two frames');
      const components = length >= 8 ? buf[at + 7]! : 0;
      if (length < 8 || components < 1 || length !== 8 + 3 * components) return broken('has a malformed frame header');
      size = sized(buf.readUInt16BE(at + 5), buf.readUInt16BE(at + 3));
      if (!size.ok) return size;
    }
    at += length;
    if (marker === 0xda) {
      if (!size) return broken('has a scan before its frame header');
      scanned = true;
      // Entropy-coded data: runs to the next marker that is not a stuffed 0xFF00 or a restart marker.
      for (;;) {
        at = buf.indexOf(0xff, at);
        if (at < 0 || at + 1 >= buf.length) return broken('is cut short (no EOI)');
        const next = buf[at + 1]!;
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) at += next === 0xff ? 1 : 2;
        else break;
      }
    }
  }
  return broken('is cut short (no EOI)');
}

/** Reads a VP8 (lossy) or VP8L (lossless) bitstream header for its size. */
function webpBitstreamSize(type: string, body: Buffer): ImageStructure {
  if (type === 'VP8 ') {
    if (body.length < 10 || body[3] !== 0x9d || body[4] !== 0x01 || body[5] !== 0x2a || (body[0]! & 1) !== 0) return broken('has a malformed VP8 frame');
    return sized(body.readUInt16LE(6) & 0x3fff, body.readUInt16LE(8) & 0x3fff);
  }
  if (body.length < 5 || body[0] !== 0x2f) return broken('has a malformed VP8L header');
  const bits = body.readUInt32LE(1);
  if (bits >>> 29 !== 0) return broken('has an unknown VP8L version');
  return sized((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
}

/**
 * Walks a WebP's RIFF chunks: the RIFF length matches the file, every chunk fits, and the image
 * chunk (VP8, VP8L, or an animation frame after VP8X) has a well-formed header with a real size.
 */
export function webpStructure(buf: Buffer): ImageStructure {
  const riffEnd = 8 + buf.readUInt32LE(4);
  if (riffEnd > buf.length) return broken('is cut short (RIFF length past the end)');
  if (riffEnd < buf.length - 1) return broken('has bytes after its RIFF data');
  let at = 12;
  let canvas: ImageStructure | undefined;
  let image: ImageStructure | undefined;
  let first = true;
  while (at + 8 <= riffEnd) {
    const type = ascii(buf, at);
    const length = buf.readUInt32LE(at + 4);
    if (at + 8 + length > riffEnd) return broken(`chunk ${JSON.stringify(type)} runs past the end of the file`);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (first && !['VP8 ', 'VP8L', 'VP8X'].includes(type)) return broken('does not start with an image chunk');
    first = false;
    if (type === 'VP8X') {
      if (length < 10) return broken('has a malformed VP8X header');
      canvas = sized(body.readUIntLE(4, 3) + 1, body.readUIntLE(7, 3) + 1);
      if (!canvas.ok) return canvas;
    } else if ((type === 'VP8 ' || type === 'VP8L') && !image) {
      image = webpBitstreamSize(type, body);
      if (!image.ok) return image;
    } else if (type === 'ANMF' && !image) {
      if (length < 24) return broken('has a malformed animation frame');
      image = canvas;
    }
    at += 8 + length + (length & 1);
  }
  if (at < riffEnd - 1) return broken('has a chunk cut short');
  if (!image) return broken('has no image data');
  return canvas ?? image;
}

/** The boxes of an ISO BMFF container between `start` and `end`, each checked to fit. */
function boxes(buf: Buffer, start: number, end: number): { type: string; body: number; end: number }[] | undefined {
  const out: { type: string; body: number; end: number }[] = [];
  let at = start;
  while (at + 8 <= end) {
    let size = buf.readUInt32BE(at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > end) return undefined;
      const big = buf.readBigUInt64BE(at + 8);
      if (big > BigInt(end - at)) return undefined;
      size = Number(big);
      header = 16;
    } else if (size === 0) size = end - at;
    if (size < header || at + size > end) return undefined;
    out.push({ type: ascii(buf, at + 4), body: at + header, end: at + size });
    at += size;
  }
  return at === end ? out : undefined;
}

/**
 * Walks a HEIC's ISO BMFF boxes: every box fits its parent, `ftyp` comes first, and the item
 * properties (`meta` → `iprp` → `ipco`) hold an image extent (`ispe`) with a real size.
 */
export function heicStructure(buf: Buffer): ImageStructure {
  const top = boxes(buf, 0, buf.length);
  if (!top) return broken('has a box that runs past the end of the file');
  if (top[0]?.type !== 'ftyp') return broken('does not start with ftyp');
  const meta = top.find((b) => b.type === 'meta');
  if (!meta) return broken('has no meta box');
  const inMeta = boxes(buf, meta.body + 4, meta.end); // meta is a full box: version and flags first
  const iprp = inMeta?.find((b) => b.type === 'iprp');
  const ipco = iprp && boxes(buf, iprp.body, iprp.end)?.find((b) => b.type === 'ipco');
  const ispe = ipco && boxes(buf, ipco.body, ipco.end)?.find((b) => b.type === 'ispe');
  if (!ispe || ispe.end - ispe.body < 12) return broken('has no image extent');
  if (!top.some((b) => b.type === 'mdat') && !inMeta?.some((b) => b.type === 'idat')) return broken('has no image data');
  return sized(buf.readUInt32BE(ispe.body + 4), buf.readUInt32BE(ispe.body + 8));
}
