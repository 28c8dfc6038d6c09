import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * The files of background exports, in one folder of the data directory (`<data>/exports`). A file
 * is written under a temporary name as its chunks come (never held whole) and renamed once complete,
 * so a file that exists under its own name is whole.
 */
export class ExportFiles {
  constructor(readonly dir: string) {}

  private pathOf(name: string): string {
    if (!/^[0-9a-z.-]+$/.test(name)) throw new Error('not an export file name');
    return path.join(this.dir, name);
  }

  /** Writes `chunks` to the file `name` (with back-pressure); answers its size in bytes. */
  async write(name: string, chunks: AsyncIterable<Buffer>, signal?: AbortSignal): Promise<number> {
    await fs.mkdir(this.dir, { recursive: true });
    const target = this.pathOf(name);
    const part = `${target}.part`;
    try {
      await pipeline(Readable.from(chunks, { objectMode: false, highWaterMark: 64 * 1024 }), createWriteStream(part, { flags: 'w' }), { signal });
      await fs.rename(part, target);
    } catch (error) {
      await this.discard(part);
      throw error;
    }
    return (await fs.stat(target)).size;
  }

  /** The file to send, or undefined when it is gone. */
  async open(name: string): Promise<{ stream: ReadStream; size: number } | undefined> {
    const file = this.pathOf(name);
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat?.isFile()) return undefined;
    return { stream: createReadStream(file), size: stat.size };
  }

  /** Deletes a file and what is left of its writing, if any. */
  async remove(name: string): Promise<void> {
    const file = this.pathOf(name);
    await fs.rm(file, { force: true });
    await this.discard(`${file}.part`);
  }

  /** Deletes a half-written file; what cannot be deleted (not a file) is left to the operator. */
  private async discard(part: string): Promise<void> {
    await fs.rm(part, { force: true }).catch(() => undefined);
  }
}
