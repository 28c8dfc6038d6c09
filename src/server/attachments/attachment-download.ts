import type { AttachmentMediaType } from './media-type.ts';

/** Types a browser draws itself: the web app shows them inline (thumbnails, full size in a tab); the rest are downloads. */
const drawable = new Set<string>(['image/jpeg', 'image/png', 'image/webp']);

const extensionOf: Record<AttachmentMediaType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};

/**
 * Nothing in a stored file may run: no script, no plugin, no form, no frame of it elsewhere — even
 * a file that a browser would take for HTML is drawn in an opaque, script-less sandbox.
 */
export const attachmentCsp = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

/**
 * The name a file is saved under: the citizen's name without control, bidirectional-override or
 * path characters, and always ending in the extension of the type the content was found to be
 * (so `invoice.pdf.html` cannot be saved as a web page). A file without a name gets `attachment-<id>`.
 */
export function safeFileName(name: string | null, mediaType: string, id: number): string {
  const ext = extensionOf[mediaType as AttachmentMediaType] ?? 'bin';
  let base = (name ?? '')
    .toWellFormed()
    .normalize('NFC')
    // Control characters are exactly what must go: they would break the header or the saved name.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"\\/:*?<>|]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 150);
  if (!base) base = `attachment-${id}`;
  const withoutExt = base.replace(/\.[^.\s]{1,10}$/, '');
  const same = ext === 'jpg' ? /\.jpe?g$/i : new RegExp(`\\.${ext}$`, 'i');
  return same.test(base) ? base : `${withoutExt || base}.${ext}`;
}

/** RFC 5987 `ext-value` characters: everything else is %-encoded. */
function rfc5987(s: string): string {
  return encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A Content-Disposition header (RFC 6266): an ASCII-only `filename` for old clients and the
 * UTF-8 name in `filename*` (RFC 5987), which every current browser prefers.
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/** The headers a stored attachment is served with. */
export function attachmentHeaders(file: { mediaType: string; fileName: string | null }, id: number): Record<string, string> {
  const kind = drawable.has(file.mediaType) ? 'inline' : 'attachment';
  return {
    'content-type': file.mediaType,
    'content-disposition': contentDisposition(kind, safeFileName(file.fileName, file.mediaType, id)),
    'content-security-policy': attachmentCsp,
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'private, max-age=3600',
  };
}
