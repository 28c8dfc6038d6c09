import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttachmentStore } from '../../src/server/attachments/attachment.store.ts';

/** The content-addressed store: kept files are read back as streams in chunks, never whole. */
describe('attachment store', () => {
  let root: string;
  let store: AttachmentStore;
  const content = randomBytes(3 * 1024 * 1024 + 17);
  const sha256 = createHash('sha256').update(content).digest('hex');

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-store-'));
    store = new AttachmentStore(root);
    const staged = await store.stage(Readable.from([content.subarray(0, 1_000_000), content.subarray(1_000_000)]));
    expect(staged.sha256).toBe(sha256);
    await store.keep(staged);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('opens a kept file as a stream of chunks of at most 64 KiB, with its size, byte for byte', async () => {
    const { stream, sizeBytes } = await store.open(sha256);
    expect(sizeBytes).toBe(content.length);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(content.length / (64 * 1024)));
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(64 * 1024);
    expect(Buffer.concat(chunks).equals(content)).toBe(true);
  });

  it('reads only as far as the reader asks: a stream destroyed after its first chunk read one chunk and closed the file', async () => {
    const { stream } = await store.open(sha256);
    const first = await new Promise<Buffer>((resolve) => stream.once('data', (c: Buffer) => resolve(c)));
    stream.pause();
    expect(first.length).toBeLessThanOrEqual(64 * 1024);
    const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
    stream.destroy();
    await closed;
    expect((stream as unknown as { bytesRead: number }).bytesRead).toBeLessThan(content.length / 4);
  });

  it('refuses a file it does not keep, and a name that is no SHA-256', async () => {
    await expect(store.open('0'.repeat(64))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(store.open('../../etc/passwd')).rejects.toThrow('not a sha256');
  });
});
