import fs from 'node:fs/promises';
import { heicStructure, jpegStructure, pngStructure, webpStructure, type ImageStructure } from './image-structure.ts';

/** Media types accepted as attachments. */
export const attachmentMediaTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'] as const;
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];

function startsWith(buf: Uint8Array, bytes: number[], offset = 0): boolean {
  if (buf.length < offset + bytes.length) return false;
  return bytes.every((b, i) => buf[offset + i] === b);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * Detects the media type of a file from its first bytes, never from its name or the client's claim.
 * Answers undefined for anything that is not an accepted image or a PDF.
 */
export function sniffMediaType(buf: Uint8Array): AttachmentMediaType | undefined {
  if (startsWith(buf, [0xff, 0xd8, 0xff]) && buf.length > 100) return 'image/jpeg';
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && startsWith(buf, ascii('IHDR'), 12)) return 'image/png';
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(buf, ascii('ftyp'), 4) && ['heic', 'heix', 'mif1', 'heim', 'heis'].some((b) => startsWith(buf, ascii(b), 8))) {
    return 'image/heic';
  }
  if (startsWith(buf, ascii('%PDF-'))) return 'application/pdf';
  return undefined;
}

/** An accepted file's type, or why it is refused. */
export type AttachmentCheck = { ok: true; mediaType: AttachmentMediaType } | { ok: false; reason: string };

const structureOf: Partial<Record<AttachmentMediaType, (buf: Buffer) => ImageStructure>> = {
  'image/png': pngStructure,
  'image/jpeg': jpegStructure,
  'image/webp': webpStructure,
  'image/heic': heicStructure,
};

/**
 * Decides whether a file may be kept: its type from its first bytes, and for an image its whole
 * declared structure (chunks, segments or boxes, to the end marker) and a real, sane size — so a
 * truncated photo, a polyglot hiding after a valid header, or a decompression bomb is refused.
 */
export function checkAttachment(content: Buffer): AttachmentCheck {
  const mediaType = sniffMediaType(content);
  if (!mediaType) return { ok: false, reason: 'is not a JPEG, PNG, WebP, HEIC image or a PDF' };
  let structure: ImageStructure | undefined;
  try {
    structure = structureOf[mediaType]?.(content);
  } catch {
    structure = { ok: false, reason: 'has a structure that cannot be read' }; // a read past a boundary the walk did not foresee
  }
  if (structure && !structure.ok) return { ok: false, reason: `is not a readable image: it ${structure.reason}` };
  return { ok: true, mediaType };
}

/** Enough of a file's start to tell its type (a JPEG must be longer than 100 bytes to be taken for one). */
const sniffBytes = 128;

/**
 * `checkAttachment` for a file on disk (an upload already streamed there): its first bytes decide
 * its type, and only an image, whose whole structure must be walked, is read in full — a PDF,
 * checked by its signature alone, never is.
 */
export async function checkAttachmentFile(file: string): Promise<AttachmentCheck> {
  const handle = await fs.open(file, 'r');
  try {
    const head = Buffer.alloc(sniffBytes);
    const { bytesRead } = await handle.read(head, 0, sniffBytes, 0);
    const mediaType = sniffMediaType(head.subarray(0, bytesRead));
    if (!mediaType || !structureOf[mediaType]) return checkAttachment(head.subarray(0, bytesRead));
    return checkAttachment(await fs.readFile(file));
  } finally {
    await handle.close();
  }
}
