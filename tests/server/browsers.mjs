// The one home of the programs the tests, the visual run and the benchmark start: where each is, the environment
// variable that points elsewhere, the Debian package that installs it, and how each browser is launched.
//
//   BROWSERS=chromium,firefox,webkit   which engines the browser tests run (the default is all three)
//   CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH, WEBKIT_WEBDRIVER_PATH, XVFB_PATH, NGINX_PATH
//                                      where each program is, if not in Debian's place
//
// A program asked for but not installed fails the run with a message saying what to install:
// scripts/install-test-deps.mjs (the first step of `npm test` and of .ci/run) installs them all, and an engine
// must never drop out of a run unnoticed.
//
// WebKit is WebKitGTK's MiniBrowser driven by WebKitWebDriver. MiniBrowser needs an X display (its
// --headless does not work), so the launcher starts Xvfb and the driver itself, on a display and a port
// that are free, and stops both by PID when the run ends, fails or is interrupted.
//
// Only Node's own modules are imported up front: the installer reads PROGRAMS before `npm ci` has run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const MINIBROWSER_DIRS = ['x86_64-linux-gnu', 'aarch64-linux-gnu'].map((arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`);

/** Every program a full `npm test` starts. */
export const PROGRAMS = {
  chrome: {
    name: 'Chrome or Chromium',
    env: 'CHROME_PATH',
    debian: 'chromium',
    candidates: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
  },
  firefox: { name: 'Firefox', env: 'FIREFOX_PATH', debian: 'firefox-esr', candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
  miniBrowser: { name: 'WebKitGTK MiniBrowser', env: 'MINIBROWSER_PATH', debian: 'webkit2gtk-driver', candidates: MINIBROWSER_DIRS },
  webKitDriver: { name: 'WebKitWebDriver', env: 'WEBKIT_WEBDRIVER_PATH', debian: 'webkit2gtk-driver', candidates: ['/usr/bin/WebKitWebDriver'] },
  xvfb: { name: 'Xvfb', env: 'XVFB_PATH', debian: 'xvfb', candidates: ['/usr/bin/Xvfb'] },
  nginx: { name: 'nginx', env: 'NGINX_PATH', debian: 'nginx-light', candidates: ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'] },
};

/** Where `program` is: its environment variable if set, else the first of Debian's (and macOS's) places; or undefined. */
export function locate({ env, candidates }) {
  const path = process.env[env] || candidates.find((candidate) => existsSync(candidate));
  return path && existsSync(path) ? path : undefined;
}

/** The program's path; throws, naming the package to install and the variable to set, if it is missing. */
function executable(program) {
  const path = locate(program);
  if (path) return path;
  const where = process.env[program.env] ? ` at ${program.env}=${process.env[program.env]}` : '';
  throw new Error(
    `No ${program.name} found${where}. Install it (Debian: apt-get install ${program.debian}; ` +
      `node scripts/install-test-deps.mjs installs every test program), set ${program.env} to it, ` +
      'or leave its engine out (BROWSERS for the browser tests, VISUAL_ENGINES for the visual run).',
  );
}

export const chromePath = () => executable(PROGRAMS.chrome);
export const firefoxPath = () => executable(PROGRAMS.firefox);
export const miniBrowserPath = () => executable(PROGRAMS.miniBrowser);
export const webKitDriverPath = () => executable(PROGRAMS.webKitDriver);
export const xvfbPath = () => executable(PROGRAMS.xvfb);
export const nginxPath = () => executable(PROGRAMS.nginx);

/** Flags for a headless Chromium on a closed network, as root in CI. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Headless Chromium through playwright-core, for the Node checks and the benchmark; `options` add to the defaults. */
export async function launchChromium(options = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true, ...options });
}

/** Children this process started; killed by PID on any exit, so no Xvfb or driver outlives a run. */
const children = new Set();
process.once('exit', () => children.forEach((child) => child.kill()));

function start(command, args, options) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Stops a child this module started, if it still runs. */
export const stop = (child) => {
  if (child && child.exitCode === null) child.kill();
};

/** A port nobody listens on now, for a program that must be told its port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

/** Starts Xvfb on the first free display; resolves with its process and display once it accepts clients. */
export function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd 3: Xvfb picks a free display itself and writes its number to fd 3 when ready.
    const xvfb = start(xvfbPath(), ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve({ process: xvfb, display: `:${output.trim()}` });
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${errors.trim()}`)));
  });
}

/** Starts WebKitWebDriver on a free port with `env` (DISPLAY at least); resolves once it answers /status. */
export async function startWebKitDriver(env) {
  const port = await freePort();
  const driver = start(webKitDriverPath(), [`--port=${port}`, '--host=127.0.0.1'], { env: { ...process.env, ...env } });
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

/** The capabilities that open MiniBrowser. No browserName: WebKitWebDriver refuses to match one. */
export const miniBrowserCapabilities = () => ({ 'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] } });

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines named in BROWSERS (comma-separated), or all three. */
export function enginesWanted(list = process.env.BROWSERS) {
  const wanted = (list ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = wanted.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`BROWSERS names ${unknown.join(', ')}; the engines are ${ENGINES.join(', ')}.`);
  return wanted.length ? [...new Set(wanted)] : ENGINES;
}

/** Web Test Runner launchers for the engines asked for; throws, naming what to install, if one is missing. */
export async function launchers(engines = enginesWanted()) {
  const [{ chromeLauncher }, { puppeteerLauncher }, { WebdriverLauncher }] = await Promise.all([
    import('@web/test-runner-chrome'),
    import('@web/test-runner-puppeteer'),
    import('@web/test-runner-webdriver'),
  ]);

  /** WebdriverLauncher for MiniBrowser, owning the Xvfb and WebKitWebDriver it needs. */
  class WebKitLauncher extends WebdriverLauncher {
    constructor() {
      super({ automationProtocol: 'webdriver', hostname: '127.0.0.1', path: '/', capabilities: miniBrowserCapabilities() });
      this.helpers = [];
    }

    async initialize(config, testFiles) {
      const xvfb = await startXvfb();
      this.helpers.push(xvfb.process);
      const driver = await startWebKitDriver({ DISPLAY: xvfb.display });
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

  const launcher = {
    chromium: () => chromeLauncher({ launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs } }),
    // Puppeteer drives Firefox over WebDriver BiDi; no browser download is involved.
    firefox: () => puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true } }),
    webkit: () => new WebKitLauncher(),
  };
  return engines.map((engine) => launcher[engine]());
}
