// The three browsers the visual run screenshots stories in, behind one shape: launch(workers, origin) gives
// `workers` pages, each with shoot(path, { loading, mode }) → an 800 px wide PNG (pngjs) of the page at
// that path on the server at `origin`, and close() stops everything it started (by PID where it started
// a process itself).
//   chromium  playwright-core and the system Chromium; light, dark and forced colours (only Chromium
//             can emulate forced colours). Its screenshots are compared with the baselines.
//   firefox   puppeteer-core over WebDriver BiDi and firefox-esr; light and dark, for the report only.
//   webkit    WebKitWebDriver and WebKitGTK's MiniBrowser in an Xvfb of our own; light and dark, report only.
// Where each program is, and how each is started, is tests/server/browsers.mjs's, as for the tests.
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import {
  chromePath,
  firefoxPath,
  launchChromium,
  miniBrowserCapabilities,
  startWebKitDriver,
  startXvfb,
  stop,
  webKitDriverPath,
  xvfbPath,
} from '../../tests/server/browsers.mjs';
import { storyIsSettled } from '../storybook-static.mjs';

/** The CSS viewport every screenshot is taken in, at device pixel ratio 1. */
export const VIEWPORT = { width: 800, height: 600 };
const SETTLE_TIMEOUT = 15_000;
/**
 * Every engine reaches the server through this name, with the server as its HTTP proxy: the server's
 * port is free-chosen, and would otherwise show in a story that prints an address (the Embed code page).
 * A `.localhost` name is a secure context, as 127.0.0.1 is.
 */
const STABLE_ORIGIN = 'http://storybook.localhost';
// Dates are formatted in the feed's own offset already; a fixed zone keeps anything else from following the machine.
const TZ = 'Europe/Oslo';

/**
 * Runs in the page once the story has settled: waits for fonts and for the images in the viewport
 * (loaded or failed), then two frames, and returns the height to keep: the story root's bottom plus
 * the body's bottom padding, at most the viewport.
 */
async function readyForScreenshot() {
  await document.fonts.ready;
  const images = [];
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName === 'img') images.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  const visible = images.filter((image) => {
    const box = image.getBoundingClientRect();
    return box.width > 0 && box.bottom > 0 && box.top < innerHeight;
  });
  const loaded = (image) =>
    image.complete ||
    new Promise((resolve) => {
      image.addEventListener('load', resolve, { once: true });
      image.addEventListener('error', resolve, { once: true });
    });
  const allLoaded = Promise.all(visible.map(async (image) => {
    await loaded(image);
    await image.decode().catch(() => {}); // a broken image does not decode, and is drawn as it is
  }));
  await Promise.race([allLoaded, new Promise((resolve) => setTimeout(resolve, 5000))]);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const root = document.querySelector('#storybook-root');
  const bottom = root.getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.body).paddingBottom);
  return Math.max(1, Math.min(innerHeight, Math.ceil(bottom)));
}

/** The top `height` CSS pixels of a viewport screenshot, `VIEWPORT.width` wide. */
function crop(buffer, height) {
  const shot = PNG.sync.read(buffer);
  if (shot.width === VIEWPORT.width && shot.height === height) return shot;
  const out = new PNG({ width: VIEWPORT.width, height: Math.min(height, shot.height) });
  PNG.bitblt(shot, out, 0, 0, Math.min(out.width, shot.width), out.height, 0, 0);
  return out;
}

const chromiumEngine = {
  modes: ['light', 'dark', 'forced-colors'],
  compared: true,
  check: () => chromePath(),
  async launch(workers, origin) {
    // Playwright adds `<-loopback>`, so the .localhost name goes through the proxy too.
    const browser = await launchChromium({ proxy: { server: origin } });
    // A context per page: pages that share a context are background tabs but one, and wait up to a
    // second for each animation frame.
    const pages = await Promise.all(
      Array.from({ length: workers }, async () => {
        const context = await browser.newContext({
          viewport: VIEWPORT,
          deviceScaleFactor: 1,
          reducedMotion: 'reduce',
          timezoneId: TZ,
          locale: 'en-GB',
        });
        const page = await context.newPage();
        return {
          async shoot(path, { loading, mode }) {
            await page.emulateMedia({ forcedColors: mode === 'forced-colors' ? 'active' : 'none' });
            await page.goto(`${STABLE_ORIGIN}${path}`);
            await page.waitForFunction(storyIsSettled, loading, { timeout: SETTLE_TIMEOUT });
            const height = await page.evaluate(readyForScreenshot);
            const buffer = await page.screenshot({ clip: { x: 0, y: 0, width: VIEWPORT.width, height }, animations: 'disabled', caret: 'hide' });
            return crop(buffer, height);
          },
        };
      }),
    );
    return { pages, close: () => browser.close() };
  },
};

const firefoxEngine = {
  modes: ['light', 'dark'],
  compared: false,
  check: firefoxPath,
  async launch(workers, origin) {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      defaultViewport: VIEWPORT,
      env: { ...process.env, TZ },
      extraPrefsFirefox: {
        // BiDi cannot emulate reduced motion: the preference gives the same media query, so the shimmer stands still.
        'ui.prefersReducedMotion': 1,
        'network.proxy.type': 1,
        'network.proxy.http': new URL(origin).hostname,
        'network.proxy.http_port': Number(new URL(origin).port),
        'network.proxy.allow_hijacking_localhost': true,
      },
    });
    const pages = await Promise.all(
      Array.from({ length: workers }, async () => {
        const page = await browser.newPage();
        return {
          async shoot(path, { loading }) {
            await page.goto(`${STABLE_ORIGIN}${path}`);
            await page.waitForFunction(storyIsSettled, { timeout: SETTLE_TIMEOUT, polling: 100 }, loading);
            const height = await page.evaluate(readyForScreenshot);
            const buffer = await page.screenshot({ clip: { x: 0, y: 0, width: VIEWPORT.width, height } });
            return crop(Buffer.from(buffer), height);
          },
        };
      }),
    );
    return { pages, close: () => browser.close() };
  },
};

/** A WebDriver client over plain HTTP, enough to navigate, run scripts and take screenshots. */
function webDriver(base) {
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  };
  return call;
}

const webkitEngine = {
  modes: ['light', 'dark'],
  compared: false,
  check: () => [webKitDriverPath(), miniBrowserCapabilities(), xvfbPath()],
  // One page whatever is asked: WebKitWebDriver drives one browser at a time.
  async launch(_workers, origin) {
    const xvfb = await startXvfb();
    const helpers = [xvfb.process];
    const stopHelpers = () => helpers.reverse().forEach(stop);
    try {
      const driver = await startWebKitDriver({ DISPLAY: xvfb.display, TZ });
      helpers.push(driver.process);
      const call = webDriver(`http://127.0.0.1:${driver.port}`);
      const { sessionId } = await call('POST', '/session', {
        capabilities: { alwaysMatch: { ...miniBrowserCapabilities(), proxy: { proxyType: 'manual', httpProxy: new URL(origin).host } } },
      });
      const session = (method, path, body) => call(method, `/session/${sessionId}${path}`, body);
      const run = (fn, ...args) => session('POST', '/execute/sync', { script: `return (${fn})(...arguments)`, args });
      const runAsync = (fn, ...args) =>
        session('POST', '/execute/async', {
          script: `const done = arguments[arguments.length - 1]; (${fn})(...[...arguments].slice(0, -1)).then(done)`,
          args,
        });
      // The window's frame takes some of its size: grow it until the viewport is the one asked for.
      await session('POST', '/window/rect', VIEWPORT);
      const inner = await run(() => ({ width: innerWidth, height: innerHeight }));
      await session('POST', '/window/rect', {
        width: 2 * VIEWPORT.width - inner.width,
        height: 2 * VIEWPORT.height - inner.height,
      });
      await session('POST', '/timeouts', { script: 30_000 });
      const page = {
        async shoot(path, { loading }) {
          await session('POST', '/url', { url: `${STABLE_ORIGIN}${path}` });
          const deadline = Date.now() + SETTLE_TIMEOUT;
          while (!(await run(storyIsSettled, loading))) {
            if (Date.now() > deadline) throw new Error(`Timeout ${SETTLE_TIMEOUT}ms exceeded waiting for the story to settle`);
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          const height = await runAsync(readyForScreenshot);
          return crop(Buffer.from(await session('GET', '/screenshot'), 'base64'), height);
        },
      };
      return {
        pages: [page],
        close: async () => {
          await session('DELETE', '').catch(() => {});
          stopHelpers();
        },
      };
    } catch (error) {
      stopHelpers();
      throw error;
    }
  },
};

/** The engines by name, in the order the report shows them. */
export const ENGINES = { chromium: chromiumEngine, firefox: firefoxEngine, webkit: webkitEngine };
