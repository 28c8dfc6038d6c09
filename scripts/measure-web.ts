/**
 * Measures the citizen home page as a first-time visitor gets it: builds the web app if needed,
 * starts the real server (`tawasul start`, PGlite, demo data) on a spare port, loads `/` in
 * Chromium five times, each in a fresh context (empty cache), and prints medians of
 *   - JavaScript transferred (as sent: brotli; and the gzip size of the same files), and
 *   - time to render: navigation start until the catalogue search box is visible.
 * Then the same under a mid-range-phone profile (4× slower CPU, ~Fast 3G), for information.
 * Usage: npm run bench:web  [-- --runs 5]. Exits 1 when a target is missed (JS gzip < 300 kB, render < 1.5 s).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { ensureWebBuild } from './ensure-web-build.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(root, 'dist/web');
const TARGET_JS_GZIP_KB = 300;
const TARGET_RENDER_MS = 1500;
const CHROMIUM = process.env.TAWASUL_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Profile {
  name: string;
  cpuSlowdown: number;
  /** Network conditions for CDP, or null for none. */
  network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

const profiles: Profile[] = [
  { name: 'loopback, no throttling', cpuSlowdown: 1, network: null },
  { name: 'mid-range phone: 4x CPU, Fast 3G', cpuSlowdown: 4, network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } },
];

interface Sample {
  jsTransferred: number;
  jsGzip: number;
  jsFiles: number;
  cssTransferred: number;
  renderMs: number;
}

async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, 'bin/tawasul.js'), 'start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', TAWASUL_DATA_DIR: dataDir, TAWASUL_DEMO: 'on', TAWASUL_DEMO_CASES: '0', LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error('the server did not become ready within 60 s');
}

/** The gzip size of a served asset, from the .gz file the build wrote beside it. */
function gzipSizeOf(url: string): number {
  const file = path.join(distDir, new URL(url).pathname);
  const gz = `${file}.gz`;
  if (fs.existsSync(gz)) return fs.statSync(gz).size;
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

async function loadOnce(browser: Browser, url: string, profile: Profile): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  // Records, relative to navigation start, when the search box first appears. A string, not a
  // function: tsx's transform would add helpers the page does not have.
  await page.addInitScript(`
    new MutationObserver(() => {
      if (window.__searchVisibleAt === undefined && document.querySelector('[data-testid="catalogue-search"]')) {
        window.__searchVisibleAt = performance.now();
      }
    }).observe(document, { childList: true, subtree: true });
  `);
  const scripts: Promise<{ transferred: number; gzip: number }>[] = [];
  let css = 0;
  page.on('requestfinished', (request) => {
    const type = request.resourceType();
    if (type === 'script') {
      scripts.push(request.sizes().then((s) => ({ transferred: s.responseBodySize, gzip: gzipSizeOf(request.url()) })));
    } else if (type === 'stylesheet') {
      void request.sizes().then((s) => (css += s.responseBodySize));
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.getByTestId('catalogue-search').waitFor({ state: 'visible', timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const renderMs = (await page.evaluate('window.__searchVisibleAt')) as number;
  const sizes = await Promise.all(scripts);
  await context.close();
  return {
    jsTransferred: sizes.reduce((a, s) => a + s.transferred, 0),
    jsGzip: sizes.reduce((a, s) => a + s.gzip, 0),
    jsFiles: sizes.length,
    cssTransferred: css,
    renderMs,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const runs = Math.max(1, Number(values.runs));
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  // A production build, whatever NODE_ENV the caller has (see test/browser/setup/browser-global-setup.ts).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  ensureWebBuild();
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-measure-'));
  const port = await sparePort();
  const server = await startServer(port, dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const url = `http://127.0.0.1:${port}/`;
  let ok = true;
  try {
    await loadOnce(browser, url, profiles[0]!); // warm the server, not the browser: every run below starts cold
    for (const profile of profiles) {
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i++) samples.push(await loadOnce(browser, url, profile));
      const js = median(samples.map((s) => s.jsTransferred));
      const gzip = median(samples.map((s) => s.jsGzip));
      const render = median(samples.map((s) => s.renderMs));
      console.log(`\nCitizen home page (${profile.name}), median of ${runs} cold loads:`);
      console.log(`  JavaScript: ${kb(js)} transferred (brotli), ${kb(gzip)} as gzip, ${samples[0]!.jsFiles} files`);
      console.log(`  CSS:        ${kb(median(samples.map((s) => s.cssTransferred)))} transferred`);
      console.log(`  Render:     ${render.toFixed(0)} ms to the search box (runs: ${samples.map((s) => s.renderMs.toFixed(0)).join(', ')})`);
      if (profile === profiles[0]) {
        const jsOk = gzip / 1024 < TARGET_JS_GZIP_KB;
        const renderOk = render < TARGET_RENDER_MS;
        console.log(`  Targets:    JS gzip < ${TARGET_JS_GZIP_KB} kB ${jsOk ? 'met' : 'MISSED'}; render < ${TARGET_RENDER_MS} ms ${renderOk ? 'met' : 'MISSED'}`);
        ok = jsOk && renderOk;
      }
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (!ok) process.exitCode = 1;
}

await main();
