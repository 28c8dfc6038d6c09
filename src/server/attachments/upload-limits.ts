import type { Config } from '../config.ts';

/** The most the `case` field of a multipart submission may be (its JSON; the plain JSON body's limit is larger only by the envelope). */
export const caseFieldMaxBytes = 64 * 1024;

/** Room per part for its boundary line and headers: a browser writes about 200 bytes. */
const envelopeBytesPerPart = 16 * 1024;

/** The multipart parser's limits for a case submission: files, their size, fields and parts. */
export function multipartLimits(attachments: Config['attachments']) {
  return {
    fileSize: attachments.maxBytes,
    files: attachments.maxFiles,
    fields: 5,
    fieldSize: caseFieldMaxBytes,
    parts: attachments.maxFiles + 5,
    headerPairs: 200,
  };
}

/**
 * The most a whole multipart submission may be: every file and field at its limit, with room for
 * the envelope. A body declared larger is refused before it is read; one that grows larger is cut off.
 */
export function multipartBodyLimit(attachments: Config['attachments']): number {
  const l = multipartLimits(attachments);
  return l.files * l.fileSize + l.fields * l.fieldSize + l.parts * envelopeBytesPerPart;
}
