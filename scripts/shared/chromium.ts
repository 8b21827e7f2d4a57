/**
 * Finding and launching Chromium: the system's own (Debian's `chromium`, or CHROME_PATH) through
 * playwright-core, so the tests need no browser download, which offline build machines cannot make.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { fontSet, type FontSetName } from './fonts.ts';

export const INSTALL_HINT = 'apt-get update && apt-get install -y chromium (or set CHROME_PATH to a Chromium binary)';

/** Path of the Chromium binary, or undefined when none is installed. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((path) => existsSync(path));
}

/** Launch flags that work in a sandboxed machine without network. */
export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts Chromium seeing only one font set (scripts/shared/fonts.ts), so that what it lays out
 * does not depend on the fonts this machine happens to have.
 */
export async function launchChromium(fonts: FontSetName = 'wide'): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(`Chromium not found. Install it with: ${INSTALL_HINT}`);
  return chromium.launch({ executablePath, args: LAUNCH_ARGS, env: { ...process.env, FONTCONFIG_FILE: fontSet(fonts).config } });
}
