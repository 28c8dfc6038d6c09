import path from 'node:path';

/** A rectangle that submitted coordinates must fall inside. */
export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** Everything the server reads from its environment, parsed once. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  demo: boolean;
  demoPassword: string;
  logLevel: string;
  bodyLimitBytes: number;
  attachments: { maxFiles: number; maxBytes: number };
  boundingBox: BoundingBox;
  defaultCountryCode: string;
  open311Jurisdiction: string;
  /** Days after resolution during which the citizen may reopen a case. */
  reopenWindowDays: number;
  /** Send cookies with the Secure attribute (browsers accept it on http://localhost too). */
  cookieSecure: boolean;
  /** Time zone that decides the year of a reference number. */
  timeZone: string;
}

/** Bahrain, with a small margin around its islands. */
const bahrainBox: BoundingBox = { minLat: 25.5, maxLat: 26.4, minLng: 50.3, maxLng: 50.9 };

function parseBox(value: string | undefined): BoundingBox {
  if (!value) return bahrainBox;
  const parts = value.split(',').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
    throw new Error('TAWASUL_BBOX must be "minLat,minLng,maxLat,maxLng"');
  }
  const [minLat, minLng, maxLat, maxLng] = parts as [number, number, number, number];
  return { minLat, minLng, maxLat, maxLng };
}

function parseBool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'on', 'true', 'yes'].includes(value.toLowerCase());
}

/** Reads the configuration from an environment (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const port = Number(env.PORT ?? 3000);
  const host = env.HOST ?? '127.0.0.1';
  return {
    port,
    host,
    databaseUrl,
    dataDir: path.resolve(env.TAWASUL_DATA_DIR ?? './data'),
    publicUrl: (env.TAWASUL_PUBLIC_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/$/, ''),
    demo: parseBool(env.TAWASUL_DEMO, databaseUrl === undefined),
    demoPassword: env.TAWASUL_DEMO_PASSWORD || 'tawasul-demo',
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimitBytes: 256 * 1024,
    attachments: {
      maxFiles: Number(env.TAWASUL_MAX_ATTACHMENTS ?? 5),
      maxBytes: Number(env.TAWASUL_MAX_ATTACHMENT_BYTES ?? 10 * 1024 * 1024),
    },
    boundingBox: parseBox(env.TAWASUL_BBOX),
    defaultCountryCode: env.TAWASUL_COUNTRY_CODE ?? '973',
    open311Jurisdiction: env.OPEN311_JURISDICTION ?? 'tawasul.example',
    timeZone: env.TAWASUL_TIME_ZONE ?? 'Asia/Bahrain',
    reopenWindowDays: Number(env.TAWASUL_REOPEN_DAYS ?? 14),
    cookieSecure: parseBool(env.TAWASUL_COOKIE_SECURE, true),
  };
}
