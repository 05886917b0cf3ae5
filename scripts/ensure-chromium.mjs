// Makes sure Debian's Chromium and CJK fonts are installed (browser tests, demo, benchmarks).
// Playwright's own browser download cannot work here; Debian's package can.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FONT_DIR = '/usr/share/fonts/opentype/noto';

function run(cmd) {
  execSync(cmd, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (!existsSync(FONT_DIR)) missing.push('fonts-noto-cjk');
if (missing.length) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = root ? '' : 'sudo ';
  console.log(`[opslens] installing ${missing.join(' ')} with apt (Debian packages)…`);
  try {
    run(`${sudo}apt-get update -qq`);
    run(`${sudo}apt-get install -y -qq ${missing.join(' ')}`);
  } catch {
    console.error(
      `[opslens] could not install ${missing.join(' ')}. Install them yourself (apt-get install ${missing.join(' ')}) ` +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
}
if (!existsSync(CHROMIUM)) {
  console.error(`[opslens] no Chromium at ${CHROMIUM}. Set CHROMIUM_PATH.`);
  process.exit(1);
}
