import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** A file kept on disk under the hex SHA-256 of its content. */
export interface StoredFile {
  sha256: string;
  sizeBytes: number;
}

/**
 * Content-addressed file storage: a file lives at `<root>/<aa>/<bb>/<sha256>`. Writing is
 * atomic (temporary file, fsync, rename), and writing the same content twice keeps one copy.
 */
export class AttachmentStore {
  constructor(private readonly root: string) {}

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(content: Buffer): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const target = this.pathOf(sha256);
    try {
      await fs.access(target);
      return { sha256, sizeBytes: content.length };
    } catch {
      // not stored yet
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, target);
    return { sha256, sizeBytes: content.length };
  }

  read(sha256: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(sha256));
  }
}
