// Two drivers with one small face for the smoke suite: Firefox ESR over WebDriver BiDi (puppeteer-core),
// and WebKitGTK's MiniBrowser over classic WebDriver (selenium-webdriver + WebKitWebDriver under Xvfb).
// `run(fn, ...args)` runs a plain function in the page (no closures: it is sent as source text).
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Firefox ESR, headless, driven over WebDriver BiDi; console and page errors arrive as events too. */
export async function firefox(base, { width = 1280, height = 900 } = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width, height },
  });
  const page = await browser.newPage();
  const events = [];
  page.on('console', (m) => {
    if (m.type() === 'error') events.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => events.push(`uncaught: ${e.message ?? e}`));
  return {
    name: 'firefox',
    version: await browser.version(),
    goto: (path) => page.goto(new URL(path, base).href, { waitUntil: 'load' }).then(() => undefined),
    run: (fn, ...args) => page.evaluate(fn, ...args),
    click: (css) => page.click(css),
    hover: (css) => page.hover(css),
    press: (key) => page.keyboard.press(key),
    screenshot: (path) => page.screenshot({ path }).then(() => undefined),
    takeEvents: () => events.splice(0),
    close: () => browser.close(),
  };
}

/** Waits until `url` answers (any status), or throws after `ms`. */
async function waitUp(url, ms) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch (e) {
      if (Date.now() > end) throw new Error(`${url} did not start: ${e}`);
      await sleep(100);
    }
  }
}

/** WebKitGTK MiniBrowser under its own Xvfb display, driven by WebKitWebDriver (no BiDi: no console events). */
export async function webkit(base, { width = 1280, height = 900, display = process.env.WEBKIT_DISPLAY ?? ':94', port = Number(process.env.WEBKIT_DRIVER_PORT ?? 4178) } = {}) {
  const { Builder, By, Key } = await import('selenium-webdriver');
  const children = [];
  const kill = () => children.forEach((c) => c.exitCode === null && c.kill());
  // A missing binary is a failed suite with its name, not an unhandled 'error' event that kills the runner.
  const start = (cmd, args, opts) => {
    const child = spawn(cmd, args, opts);
    child.on('error', (e) => {
      spawnError ??= new Error(`${cmd} could not start (${e.code ?? e.message}); install webkit2gtk-driver and xvfb`);
    });
    children.push(child);
    return child;
  };
  let spawnError = null;
  try {
    start('Xvfb', [display, '-screen', '0', `${width + 100}x${height + 200}x24`, '-nolisten', 'tcp'], { stdio: 'ignore' });
    await sleep(300);
    if (spawnError) throw spawnError;
    start('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
    await sleep(100);
    if (spawnError) throw spawnError;
    await waitUp(`http://127.0.0.1:${port}/status`, 10_000);
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      })
      .build();
    await driver.manage().window().setRect({ x: 0, y: 0, width, height });
    const caps = await driver.getCapabilities();
    const key = { ' ': Key.SPACE, s: 's', r: 'r', Tab: Key.TAB };
    return {
      name: 'webkit',
      version: `${caps.get('browserName')} ${caps.get('browserVersion')}`,
      goto: (path) => driver.get(new URL(path, base).href),
      run: (fn, ...args) => driver.executeScript(`return (${fn.toString()}).apply(null, arguments)`, ...args),
      click: async (css) => (await driver.findElement(By.css(css))).click(),
      hover: async (css) => driver.actions().move({ origin: await driver.findElement(By.css(css)) }).perform(),
      press: (k) => driver.actions().sendKeys(key[k]).perform(),
      // Full-window only: WebKitWebDriver's element screenshots come from the wrong region.
      screenshot: async (path) => (await import('node:fs')).writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64')),
      takeEvents: () => [],
      close: async () => {
        try {
          await driver.quit();
        } finally {
          kill();
        }
      },
    };
  } catch (e) {
    kill();
    throw e;
  }
}
