import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBodyLimit } from '../../src/server/attachments/upload-limits.ts';
import { caseInput } from '../support/factories.ts';
import { makePng, multipart } from '../support/files.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// Uploads against a real listening server: what matters here is what is read from the socket and
// held in memory, which `inject()` cannot show.

const MB = 1024 * 1024;
const attachments = { maxFiles: 3, maxBytes: 5 * MB };
const limit = multipartBodyLimit(attachments);

let t: TestApp;
let port: number;
/** Bytes the server read from each connection, by the client's port, once it closes. */
const serverRead = new Map<number, Promise<number>>();

beforeAll(async () => {
  t = await createTestApp({ attachments });
  t.app.server.on('connection', (socket: net.Socket) => {
    serverRead.set(socket.remotePort!, new Promise((resolve) => socket.once('close', () => resolve(socket.bytesRead))));
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t?.close());

const boundary = 'tawasul-upload-test';
const caseField = () =>
  Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="case"\r\n\r\n${JSON.stringify(caseInput())}\r\n`);
const fileHead = (name: string, type = 'application/pdf') =>
  Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.pdf"\r\nContent-Type: ${type}\r\n\r\n`);
const closing = Buffer.from(`\r\n--${boundary}--\r\n`);
const filler = Buffer.alloc(64 * 1024, 0x20);

interface Outcome {
  /** The status line and headers, lower-cased names. */
  status?: number;
  headers: Record<string, string>;
  body: string;
  /** Bytes the client had handed to its socket (most of them still in kernel buffers) when the first byte of the answer arrived. */
  writtenBeforeAnswer?: number;
  /** Bytes the server read from the connection, all told. */
  serverRead: number;
  reset: boolean;
}

/**
 * Sends `head`, then the chunks `next` gives (chunked transfer coding when `chunked`), honouring
 * back-pressure, and stops as soon as the server answers or closes.
 */
async function rawUpload(head: string, next: () => Buffer | undefined, chunked = false): Promise<Outcome> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  const localPort = socket.localPort!;
  let answer = Buffer.alloc(0);
  let writtenBeforeAnswer: number | undefined;
  let reset = false;
  let closed = false;
  let wake: () => void = () => {};
  socket.on('data', (d: Buffer) => {
    writtenBeforeAnswer ??= socket.bytesWritten;
    answer = Buffer.concat([answer, d]);
    wake();
  });
  socket.on('error', () => {
    reset = true;
    wake();
  });
  const closedNow = new Promise<void>((resolve) =>
    socket.once('close', () => {
      closed = true;
      wake();
      resolve();
    }),
  );
  const drained = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
      socket.once('drain', resolve);
    });
  socket.write(head);
  for (;;) {
    if (writtenBeforeAnswer !== undefined || closed || reset) break;
    const chunk = next();
    if (!chunk) break;
    if (chunked) socket.write(`${chunk.length.toString(16)}\r\n`);
    const ok = socket.write(chunk);
    if (chunked) socket.write('\r\n');
    if (!ok) await drained();
  }
  const gaveUp = setTimeout(() => socket.destroy(), 10_000);
  await closedNow;
  clearTimeout(gaveUp);
  const text = answer.toString('utf8');
  const [top = '', body = ''] = text.split('\r\n\r\n');
  const [statusLine, ...lines] = top.split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  const status = statusLine ? Number(statusLine.split(' ')[1]) : undefined;
  return { status, headers, body, writtenBeforeAnswer, serverRead: await serverRead.get(localPort)!, reset };
}

/** A body made of `prefix` then filler, `total` bytes in all (or without end when `total` is Infinity). */
function bodyOf(prefix: Buffer, total: number): () => Buffer | undefined {
  let sent = 0;
  return () => {
    if (sent >= total) return undefined;
    const chunk = sent === 0 ? prefix : filler.subarray(0, Math.min(filler.length, total - sent));
    sent += chunk.length;
    return chunk;
  };
}

const incomingDir = () => path.join(t.config.dataDir, 'attachments', 'incoming');
const leftovers = () => (fs.existsSync(incomingDir()) ? fs.readdirSync(incomingDir()) : []);

describe('uploads refused early', () => {
  it('a 100 MB upload with its length declared gets its 413 before 1 MB has been read', async () => {
    const head =
      'POST /api/v1/cases HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
      `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${100 * MB}\r\n\r\n`;
    const r = await rawUpload(head, bodyOf(Buffer.concat([caseField(), fileHead('big'), Buffer.from('%PDF-1.4\n')]), 100 * MB));
    expect(r.status).toBe(413);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.headers.connection).toBe('close');
    expect(JSON.parse(r.body)).toMatchObject({ status: 413, code: 'payload_too_large' });
    // What the client wrote before the answer mostly sits in the loopback's socket buffers: what counts is what the server read.
    expect(r.serverRead).toBeLessThan(1 * MB);
    console.info(`declared 100 MB: the server read ${r.serverRead} bytes; the client had handed ${r.writtenBeforeAnswer} to its socket before the 413`);
  });

  it('a declared length over the JSON limit is refused the same way', async () => {
    const head = `POST /api/v1/cases HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${100 * MB}\r\n\r\n`;
    const r = await rawUpload(head, bodyOf(Buffer.from('{"description":"'), 100 * MB));
    expect(r.status).toBe(413);
    expect(r.serverRead).toBeLessThan(1 * MB);
  });

  it('a file sent without a length is cut off as soon as it passes its limit', async () => {
    const head =
      'POST /api/v1/cases HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
      `Content-Type: multipart/form-data; boundary=${boundary}\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const r = await rawUpload(head, bodyOf(Buffer.concat([caseField(), fileHead('endless'), Buffer.from('%PDF-1.4\n')]), Infinity), true);
    expect(r.status === 413 || r.reset).toBe(true);
    if (r.status) expect(JSON.parse(r.body)).toMatchObject({ status: 413, code: 'attachment_too_large' });
    expect(r.serverRead).toBeGreaterThan(attachments.maxBytes);
    expect(r.serverRead).toBeLessThan(attachments.maxBytes + 1 * MB);
    console.info(`chunked file: cut off after ${r.serverRead} bytes (file limit ${attachments.maxBytes})`);
  });

  it('a body sent without a length is cut off as soon as it passes the route limit', async () => {
    // Bytes before the first boundary belong to no part: only the body's own limit stops them.
    const head =
      'POST /api/v1/cases HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
      `Content-Type: multipart/form-data; boundary=${boundary}\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const r = await rawUpload(head, bodyOf(Buffer.from('preamble '), Infinity), true);
    expect(r.status === 413 || r.reset).toBe(true);
    if (r.status) expect(JSON.parse(r.body)).toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(r.serverRead).toBeGreaterThan(limit);
    expect(r.serverRead).toBeLessThan(limit + 1 * MB);
    console.info(`chunked body: cut off after ${r.serverRead} bytes (limit ${limit})`);
  });

  it('an oversized case field answers 413 problem+json', async () => {
    const form = multipart([{ name: 'case', value: JSON.stringify(caseInput({ description: 'x'.repeat(70 * 1024) })) }]);
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: form.payload, headers: form.headers });
    expect(r.statusCode).toBe(413);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.json()).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('leaves no partial file behind after any of these', () => {
    expect(leftovers()).toEqual([]);
  });
});

describe('uploads streamed to disk', () => {
  /** Posts a multipart body over HTTP, pausing once `pauseAt` bytes are written until `resume` settles. */
  function upload(parts: Buffer[], fileBytes: number[], pause?: { at: number; reached: () => void; resume: Promise<void> }) {
    const total = parts.reduce((n, p) => n + p.length, 0) + fileBytes.reduce((n, b) => n + b, 0);
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/v1/cases', headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': total,
      } });
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      void (async () => {
        let written = 0;
        const write = async (chunk: Buffer) => {
          written += chunk.length;
          if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
          if (pause && written >= pause.at) {
            const p = pause;
            pause = undefined;
            p.reached();
            await p.resume;
          }
        };
        for (let i = 0; i < parts.length; i++) {
          await write(parts[i]!);
          let left = fileBytes[i] ?? 0;
          while (left > 0) {
            const n = Math.min(left, filler.length);
            await write(filler.subarray(0, n));
            left -= n;
          }
        }
        req.end();
      })().catch(reject);
    });
  }

  /** A near-limit submission: the case and every file at just under its size limit (PDFs, told by their first bytes). */
  function nearLimit(tag: string) {
    const parts: Buffer[] = [caseField()];
    const fileBytes: number[] = [0];
    for (let i = 0; i < attachments.maxFiles; i++) {
      const start = Buffer.from(`%PDF-1.4\n% ${tag} ${i}\n`);
      parts.push(Buffer.concat([i === 0 ? Buffer.alloc(0) : Buffer.from('\r\n'), fileHead(`f${i}`), start]));
      fileBytes.push(attachments.maxBytes - start.length - 1024);
    }
    parts.push(closing);
    return { parts, fileBytes };
  }

  it('holds near-limit uploads in flight without holding them in memory', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    // What is still referenced: collected twice, with a pause for buffers' memory to be released.
    const live = async () => {
      for (let i = 0; i < 2; i++) {
        gc();
        await new Promise((r) => setTimeout(r, 50));
      }
      const m = process.memoryUsage();
      return m.heapUsed + m.external;
    };
    const concurrent = 4;
    const rounds = 3;
    const perUpload = (() => {
      const f = nearLimit('size');
      return f.parts.reduce((n, p) => n + p.length, 0) + f.fileBytes.reduce((n, b) => n + b, 0);
    })();
    const warmUp = nearLimit(`warm-${Date.now()}`);
    const warm = await upload(warmUp.parts, warmUp.fileBytes);
    expect(warm.status, warm.body).toBe(201);

    const before = await live();
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
    let midway = 0;
    for (let round = 0; round < rounds; round++) {
      const forms = Array.from({ length: concurrent }, (_, i) => nearLimit(`${Date.now()}-${round}-${i}`));
      if (round > 0) {
        const answers = await Promise.all(forms.map((f) => upload(f.parts, f.fileBytes)));
        for (const a of answers) expect(a.status, a.body).toBe(201);
        continue;
      }
      // In the first round every client stops at two thirds of its body, and what the server then holds is measured.
      let release: () => void = () => {};
      const resume = new Promise<void>((r) => (release = r));
      let waiting = concurrent;
      let allPaused: () => void = () => {};
      const paused = new Promise<void>((r) => (allPaused = r));
      const reached = () => {
        if (--waiting === 0) allPaused();
      };
      const results = forms.map((f) => upload(f.parts, f.fileBytes, { at: Math.floor((perUpload * 2) / 3), reached, resume }));
      await paused;
      await new Promise((r) => setTimeout(r, 500)); // let the server take what is in the sockets
      midway = (await live()) - before;
      release();
      for (const a of await Promise.all(results)) expect(a.status, a.body).toBe(201);
    }
    clearInterval(sampler);
    const after = (await live()) - before;
    const total = rounds * concurrent * perUpload;
    const inFlight = concurrent * Math.floor((perUpload * 2) / 3);
    console.info(
      `${rounds} rounds of ${concurrent} uploads of ${(perUpload / MB).toFixed(1)} MB at once (${(total / MB).toFixed(0)} MB): ` +
        `live heap+external +${(midway / MB).toFixed(1)} MB with ${(inFlight / MB).toFixed(0)} MB received and unanswered, ` +
        `+${(after / MB).toFixed(1)} MB after; RSS +${((peakRss - rssBefore) / MB).toFixed(1)} MB at peak`,
    );
    // Held in memory, the bodies in flight would be 40 MB at the pause.
    expect(midway).toBeLessThan(inFlight / 4);
    expect(after).toBeLessThan(inFlight / 4);
    expect(peakRss - rssBefore).toBeLessThan(total / 3);
  });

  it('a submission with a photo and a PDF is stored byte for byte', async () => {
    const photo = makePng(64, 48, [10, 120, 200]);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3 * MB)]);
    const form = multipart([
      { name: 'case', value: JSON.stringify(caseInput()) },
      { name: 'photo', file: { filename: 'lamp.png', type: 'image/png', content: photo } },
      { name: 'scan', file: { filename: 'scan.pdf', type: 'application/pdf', content: pdf } },
    ]);
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/cases`, { method: 'POST', body: form.payload, headers: form.headers });
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as { reference: string; trackingToken: string };
    const tracked = await t.app.inject({ url: `/api/v1/cases/${receipt.reference}`, headers: { 'x-tracking-token': receipt.trackingToken } });
    const files = tracked.json().attachments as { url: string; mediaType: string; sizeBytes: number }[];
    expect(files.map((f) => [f.mediaType, f.sizeBytes])).toEqual([
      ['image/png', photo.length],
      ['application/pdf', pdf.length],
    ]);
    for (const [file, content] of [
      [files[0]!, photo],
      [files[1]!, pdf],
    ] as const) {
      const got = await fetch(`http://127.0.0.1:${port}${file.url}?token=${receipt.trackingToken}`);
      expect(Buffer.from(await got.arrayBuffer()).equals(content)).toBe(true);
    }
    expect(leftovers()).toEqual([]);
  });

  it('removes the received files of a submission that is refused after they arrived', async () => {
    const photo = makePng(8, 8);
    const cases = [
      // refused by the schema, after the files were read
      [{ name: 'photo', file: { filename: 'a.png', type: 'image/png', content: photo } }, { name: 'case', value: JSON.stringify({ description: '' }) }],
      // refused by the service (no such service)
      [{ name: 'photo', file: { filename: 'a.png', type: 'image/png', content: photo } }, { name: 'case', value: JSON.stringify(caseInput({ serviceCode: 'no_such_service' })) }],
      // a good file, then one that is not an image
      [
        { name: 'case', value: JSON.stringify(caseInput()) },
        { name: 'a', file: { filename: 'a.png', type: 'image/png', content: photo } },
        { name: 'b', file: { filename: 'b.png', type: 'image/png', content: Buffer.from('<svg onload=alert(1)>'.repeat(10)) } },
      ],
    ];
    for (const parts of cases) {
      const form = multipart(parts);
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/cases`, { method: 'POST', body: form.payload, headers: form.headers });
      expect(res.status).toBeGreaterThanOrEqual(400);
      await res.arrayBuffer();
    }
    await new Promise((r) => setTimeout(r, 100)); // the answer goes before the removal
    expect(leftovers()).toEqual([]);
  });
});
