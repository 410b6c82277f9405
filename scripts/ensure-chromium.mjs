#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the end-to-end tests; never downloads a browser.
// Installs it with apt-get when running as root, otherwise prints the one command to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const packages = ['chromium', 'poppler-utils'];
const missingPdfTools = !existsSync('/usr/bin/pdftotext');

if (existsSync(path) && !missingPdfTools) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(`The end-to-end tests need Chromium at ${path} (and pdftotext). Install them with:\n\n  sudo apt-get install -y ${packages.join(' ')}\n`);
  process.exit(1);
}
console.log(`Installing ${packages.join(' ')} with apt-get (needed by the end-to-end tests)…`);
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
} catch {
  console.error(`apt-get failed. Install them by hand:\n\n  sudo apt-get install -y ${packages.join(' ')}\n`);
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`Chromium is still missing at ${path}; set CHROMIUM_PATH if it lives elsewhere.`);
  process.exit(1);
}
