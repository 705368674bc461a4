// Makes sure Debian's Chromium (or CHROMIUM_PATH) is there before the e2e tests; installs it with apt when it can.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium not found at ${path}; installing Debian's chromium and a Korean font with apt-get…`);
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-nanum', {
      stdio: 'inherit',
    });
  }
  if (!existsSync(path)) {
    console.error(
      `No Chromium at ${path}: install it with "sudo apt-get install chromium fonts-nanum" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.`,
    );
    process.exit(1);
  }
}
