import { SMTPServer } from 'smtp-server';
import { sparePort } from './server-process.ts';

/** One MIME part, decoded to text. */
export interface MailPart {
  contentType: string;
  charset: string | undefined;
  transferEncoding: string | undefined;
  text: string;
}

/** A message the test server received, with the little of MIME the tests read. */
export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  /** The username the client signed in with. */
  user: string | undefined;
  raw: string;
  /** Header values by lower-case name (first occurrence), encoded words decoded. */
  headers: Record<string, string>;
  subject: string;
  /** Leaf parts, depth first. */
  parts: MailPart[];
  text: string | undefined;
  html: string | undefined;
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives; it can be stopped and started again on its port. */
export interface TestSmtpServer {
  port: number;
  /** `smtp://user:pass@127.0.0.1:port` */
  url: string;
  mails: ReceivedMail[];
  /**
   * Milliseconds the server waits, after a message's final dot, before it answers (250). The
   * message counts as received (is in `mails`) from the dot on, as a real server has it from then.
   */
  answerDelayMs: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Waits until at least `n` messages arrived. */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedMail[]>;
}

// ---- a small MIME reader (RFC 2045/2047): enough for what nodemailer writes ----

function splitHead(raw: string): { head: string; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  return at < 0 ? { head: raw, body: '' } : { head: raw.slice(0, at), body: raw.slice(at + 4) };
}

function qpBytes(s: string, underscoreIsSpace: boolean): Buffer {
  const bytes: number[] = [];
  const t = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '=' && /^[0-9A-F]{2}$/i.test(t.slice(i + 1, i + 3))) {
      bytes.push(parseInt(t.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === '_' && underscoreIsSpace) bytes.push(0x20);
    else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes);
}

/** Decodes RFC 2047 encoded words; neighbouring words are joined as bytes (a character may span two). */
export function decodeWords(value: string): string {
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  let out = '';
  let pending: Buffer[] = [];
  let last = 0;
  const flush = () => {
    if (pending.length) out += Buffer.concat(pending).toString('utf8');
    pending = [];
  };
  for (const m of value.matchAll(word)) {
    const between = value.slice(last, m.index);
    if (!(pending.length && /^\s*$/.test(between))) {
      flush();
      out += between;
    }
    pending.push(m[2]!.toUpperCase() === 'B' ? Buffer.from(m[3]!, 'base64') : qpBytes(m[3]!, true));
    last = m.index + m[0].length;
  }
  flush();
  return out + value.slice(last);
}

function parseHeaders(head: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const at = line.indexOf(':');
    if (at <= 0) continue;
    const name = line.slice(0, at).trim().toLowerCase();
    out[name] ??= decodeWords(line.slice(at + 1).trim());
  }
  return out;
}

function param(header: string | undefined, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}="?([^";]+)"?`, 'i').exec(header ?? '');
  return m?.[1];
}

function leafParts(raw: string): MailPart[] {
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const contentType = (headers['content-type'] ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
  if (contentType.startsWith('multipart/')) {
    const boundary = param(headers['content-type'], 'boundary')!;
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'))
      .flatMap((p) => leafParts(p.replace(/^\r\n/, '')));
  }
  const transferEncoding = headers['content-transfer-encoding']?.toLowerCase();
  const bytes =
    transferEncoding === 'base64' ? Buffer.from(body, 'base64') : transferEncoding === 'quoted-printable' ? qpBytes(body, false) : Buffer.from(body, 'utf8');
  return [{ contentType, charset: param(headers['content-type'], 'charset'), transferEncoding, text: bytes.toString('utf8') }];
}

/** Reads a raw message into headers and decoded parts. */
export function parseMail(raw: string, envelope: ReceivedMail['envelope'], user?: string): ReceivedMail {
  const headers = parseHeaders(splitHead(raw).head);
  const parts = leafParts(raw);
  return {
    envelope,
    user,
    raw,
    headers,
    subject: headers.subject ?? '',
    parts,
    text: parts.find((p) => p.contentType === 'text/plain')?.text,
    html: parts.find((p) => p.contentType === 'text/html')?.text,
  };
}

// ---- the server ----

/**
 * Starts an SMTP server that requires the given credentials (AUTH PLAIN/LOGIN without TLS, for
 * tests). A message whose connection closes before its final dot is discarded, as RFC 5321 says.
 */
export async function startSmtpServer(credentials = { user: 'tawasul', pass: 'mail-secret' }, options: { answerDelayMs?: number } = {}): Promise<TestSmtpServer> {
  const port = await sparePort();
  const mails: ReceivedMail[] = [];
  let server: SMTPServer | undefined;

  const make = () =>
    new SMTPServer({
      secure: false,
      // Stopping cuts open (pooled, idle) client connections after a moment, as a server going down
      // does, instead of waiting 30 s for the clients to leave.
      closeTimeout: 200,
      disabledCommands: ['STARTTLS'],
      authMethods: ['PLAIN', 'LOGIN'],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === credentials.user && auth.password === credentials.pass) return callback(null, { user: auth.username });
        return callback(new Error('Invalid username or password'));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('error', () => {}); // the client went away mid-message: nothing was received
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          };
          mails.push(parseMail(Buffer.concat(chunks).toString('utf8'), envelope, session.user as string | undefined));
          if (t.answerDelayMs > 0) setTimeout(() => callback(), t.answerDelayMs);
          else callback();
        });
      },
    });

  const t: TestSmtpServer = {
    port,
    url: `smtp://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.pass)}@127.0.0.1:${port}`,
    mails,
    answerDelayMs: options.answerDelayMs ?? 0,
    async start() {
      server = make();
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, '127.0.0.1', () => {
          // a client that dies mid-session (a killed worker) resets its socket: not the server's failure
          server!.on('error', () => {});
          resolve();
        });
      });
    },
    async stop() {
      const s = server;
      server = undefined;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    async waitFor(n, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (mails.length < n) {
        if (Date.now() > until) throw new Error(`expected ${n} mails, got ${mails.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return mails;
    },
  };
  await t.start();
  return t;
}
