/** What the server takes as attachments (it checks the bytes too): images and PDF. */
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf'];
const ACCEPTED_EXTENSIONS = /\.(jpe?g|png|webp|heic|heif|pdf)$/i;

export type FileRejectionReason = 'file_too_large' | 'file_type' | 'too_many_files';

export interface FileRejection {
  name: string;
  reason: FileRejectionReason;
}

function acceptable(file: File): boolean {
  // Some phones give HEIC photos no MIME type: fall back to the extension.
  return file.type ? ACCEPTED_TYPES.includes(file.type) : ACCEPTED_EXTENSIONS.test(file.name);
}

/** Adds picked files to those already chosen, refusing wrong types, oversize files and extras beyond the limit. */
export function addFiles(
  existing: File[],
  picked: File[],
  limits: { maxFiles: number; maxBytes: number },
): { files: File[]; rejected: FileRejection[] } {
  const files = [...existing];
  const rejected: FileRejection[] = [];
  for (const file of picked) {
    if (!acceptable(file)) rejected.push({ name: file.name, reason: 'file_type' });
    else if (file.size > limits.maxBytes) rejected.push({ name: file.name, reason: 'file_too_large' });
    else if (files.length >= limits.maxFiles) rejected.push({ name: file.name, reason: 'too_many_files' });
    else files.push(file);
  }
  return { files, rejected };
}
