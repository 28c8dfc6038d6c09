import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.TAWASUL_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Throws — the browser tests fail, they never skip — when Debian's Chromium is not installed. */
export function assertChromiumInstalled(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. The browser tests need it: install it with ` +
        '`apt-get update && apt-get install -y chromium` (or set TAWASUL_CHROMIUM to its path).',
    );
  }
}

let running: Promise<Browser> | undefined;

/** The worker's one Chromium: started on first use, started again if it went away. */
async function sharedChromium(): Promise<Browser> {
  const browser = running && (await running.catch(() => undefined));
  if (browser?.isConnected()) return browser;
  assertChromiumInstalled();
  running = chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  return running;
}

/**
 * Debian's Chromium, headless, with nothing that reaches the network on its own. The test files a
 * worker runs share one Chromium process (Playwright ends it when the worker exits); each file gets
 * a handle whose `close()` closes the contexts — cookies, storage, pages — that file opened, so the
 * next file starts from none, as with a browser of its own.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await sharedChromium();
  const opened = new Set<BrowserContext>();
  const newContext: Browser['newContext'] = async (options) => {
    const context = await browser.newContext(options);
    opened.add(context);
    context.on('close', () => opened.delete(context));
    return context;
  };
  const newPage: Browser['newPage'] = async (options) => {
    const context = await newContext(options);
    return context.newPage();
  };
  const close: Browser['close'] = async () => {
    await Promise.all([...opened].map((context) => context.close()));
  };
  return new Proxy(browser, {
    get(target, key) {
      if (key === 'newContext') return newContext;
      if (key === 'newPage') return newPage;
      if (key === 'close') return close;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
