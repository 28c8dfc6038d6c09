import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A file kept on disk under the hex SHA-256 of its content. */
export interface StoredFile {
  sha256: string;
  sizeBytes: number;
}

/** A file received but not yet kept: written to a temporary file beside the store, its hash known. */
export interface StagedFile extends StoredFile {
  /** The temporary file; gone once the file is kept or discarded. */
  path: string;
}

/** Staged files older than this are left over from a crash (no upload lasts an hour) and are removed. */
const staleStagedMs = 60 * 60 * 1000;

/**
 * Content-addressed file storage: a file lives at `<root>/<aa>/<bb>/<sha256>`. Writing is
 * atomic (temporary file, fsync, rename), and writing the same content twice keeps one copy.
 * Uploads are streamed to `<root>/incoming/` first (same file system, so keeping one is a rename)
 * and never held in memory whole.
 */
export class AttachmentStore {
  private sweptAt = 0;

  constructor(private readonly root: string) {}

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  private get incoming(): string {
    return path.join(this.root, 'incoming');
  }

  async put(content: Buffer): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    if (await this.has(sha256)) return { sha256, sizeBytes: content.length };
    const target = this.pathOf(sha256);
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

  /**
   * Streams an upload to a temporary file, hashing it on the way. Nothing is kept until `keep`;
   * on any failure (the stream errors, or is cut short) the temporary file is removed.
   */
  async stage(source: Readable): Promise<StagedFile> {
    await fs.mkdir(this.incoming, { recursive: true });
    if (Date.now() - this.sweptAt > staleStagedMs) {
      this.sweptAt = Date.now();
      await this.sweepStaged();
    }
    const file = path.join(this.incoming, `${Date.now()}-${randomBytes(8).toString('hex')}.part`);
    const hash = createHash('sha256');
    let sizeBytes = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, measure, createWriteStream(file, { flags: 'wx' }));
    } catch (error) {
      await this.discard({ path: file });
      throw error;
    }
    return { path: file, sha256: hash.digest('hex'), sizeBytes };
  }

  /** Keeps a staged file under its hash: flushed to disk, then renamed into place (or dropped if that content is already kept). */
  async keep(staged: StagedFile): Promise<StoredFile> {
    const stored = { sha256: staged.sha256, sizeBytes: staged.sizeBytes };
    if (await this.has(staged.sha256)) {
      await this.discard(staged);
      return stored;
    }
    const handle = await fs.open(staged.path, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const target = this.pathOf(staged.sha256);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rename(staged.path, target);
    return stored;
  }

  /** Removes a staged file; one already kept or removed is no error. */
  async discard(staged: Pick<StagedFile, 'path'>): Promise<void> {
    await fs.rm(staged.path, { force: true });
  }

  /**
   * A kept file as a stream read in chunks, with its size — never held in memory whole, whatever
   * its size or however many are downloaded at once. The file is closed when the stream ends or is
   * destroyed (a client that goes away).
   */
  async open(sha256: string): Promise<{ stream: Readable; sizeBytes: number }> {
    const handle = await fs.open(this.pathOf(sha256), 'r');
    try {
      const { size } = await handle.stat();
      return { stream: handle.createReadStream({ highWaterMark: 64 * 1024 }), sizeBytes: size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  private async has(sha256: string): Promise<boolean> {
    try {
      await fs.access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  /** Removes staged files a crashed process left behind. */
  private async sweepStaged(): Promise<void> {
    const cutoff = Date.now() - staleStagedMs;
    for (const name of await fs.readdir(this.incoming).catch(() => [] as string[])) {
      const file = path.join(this.incoming, name);
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat && stat.mtimeMs < cutoff) await fs.rm(file, { force: true });
    }
  }
}
