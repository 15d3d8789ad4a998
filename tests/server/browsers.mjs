// The three engines the browser tests run in, as Web Test Runner launchers.
//
//   BROWSERS=chromium,firefox,webkit   which engines to run (the default is all three)
//   CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH   where each engine is, if not in Debian's place
//
// An engine asked for but not installed fails the run with a message saying what to install:
// CI installs all three, and an engine must never drop out of a run unnoticed.
//
// WebKit is WebKitGTK's MiniBrowser driven by WebKitWebDriver. MiniBrowser needs an X display (its
// --headless does not work), so the launcher starts Xvfb and the driver itself, on a display and a port
// that are free, and stops both by PID when the run ends, fails or is interrupted.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { chromeArgs, chromePath } from './chrome.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines named in BROWSERS (comma-separated), or all three. */
export function enginesWanted(list = process.env.BROWSERS) {
  const wanted = (list ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = wanted.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`BROWSERS names ${unknown.join(', ')}; the engines are ${ENGINES.join(', ')}.`);
  return wanted.length ? [...new Set(wanted)] : ENGINES;
}

function executable(envName, candidates, install) {
  const path = process.env[envName] || candidates.find((candidate) => existsSync(candidate));
  if (!path || !existsSync(path)) {
    throw new Error(`No ${install.engine} found${process.env[envName] ? ` at ${envName}=${process.env[envName]}` : ''}. ` +
      `Install it (${install.how}), set ${envName}, or leave it out with BROWSERS.`);
  }
  return path;
}

export const firefoxPath = () =>
  executable('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], { engine: 'Firefox', how: 'apt-get install firefox-esr' });

export const miniBrowserPath = () =>
  executable('MINIBROWSER_PATH', ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'], {
    engine: 'WebKitGTK MiniBrowser',
    how: 'apt-get install webkit2gtk-driver',
  });

const webKitDriverPath = () =>
  executable('WEBKIT_WEBDRIVER_PATH', ['/usr/bin/WebKitWebDriver'], { engine: 'WebKitWebDriver', how: 'apt-get install webkit2gtk-driver' });

const xvfbPath = () => executable('XVFB_PATH', ['/usr/bin/Xvfb'], { engine: 'Xvfb', how: 'apt-get install xvfb' });

/** Children this process started; killed by PID on any exit, so no Xvfb or driver outlives a run. */
const children = new Set();
process.once('exit', () => children.forEach((child) => child.kill()));

function start(command, args, options) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

const stop = (child) => {
  if (child && child.exitCode === null) child.kill();
};

/** Starts Xvfb on the first free display; resolves with its number once it accepts clients. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd 3: Xvfb picks a free display itself and writes its number to fd 3 when ready.
    const xvfb = start(xvfbPath(), ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let output = '';
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve({ process: xvfb, display: `:${output.trim()}` });
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

/** Starts WebKitWebDriver on a free port; resolves once it answers /status. */
async function startWebKitDriver(display) {
  const port = await freePort();
  const driver = start(webKitDriverPath(), [`--port=${port}`, '--host=127.0.0.1'], { env: { ...process.env, DISPLAY: display } });
  let errors = '';
  driver.stderr.on('data', (chunk) => (errors += chunk));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}): ${errors.trim()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return { process: driver, port };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop(driver);
  throw new Error(`WebKitWebDriver did not answer on port ${port}: ${errors.trim()}`);
}

/** WebdriverLauncher for MiniBrowser, owning the Xvfb and WebKitWebDriver it needs. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      path: '/',
      // No browserName: WebKitWebDriver refuses to match one.
      capabilities: { 'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] } },
    });
    this.helpers = [];
  }

  async initialize(config, testFiles) {
    const xvfb = await startXvfb();
    this.helpers.push(xvfb.process);
    const driver = await startWebKitDriver(xvfb.display);
    this.helpers.push(driver.process);
    this.options.port = driver.port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.helpers.reverse().forEach(stop);
    this.helpers = [];
  }
}

const LAUNCHERS = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs } }),
  // Puppeteer drives Firefox over WebDriver BiDi; no browser download is involved.
  firefox: () => puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true } }),
  webkit: () => new WebKitLauncher(),
};

/** Launchers for the engines asked for; throws, naming what to install, if one is missing. */
export const launchers = (engines = enginesWanted()) => engines.map((engine) => LAUNCHERS[engine]());
