/**
 * axe (WCAG 2.2 AA) over every page of the built site, at phone and desktop width, in light and
 * dark mode, under each font set the tests pin (scripts/shared/fonts.ts). `npm test` visits one
 * page per template; this visits them all, which takes minutes, so it is a script of its own.
 * Exits 1 on any violation, listing each with its page, width, scheme and font set.
 */
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { parseCli } from './cli.ts';
import { axeInSchemes, openAllDetails } from './shared/axe.ts';
import { launchChromium } from './shared/chromium.ts';
import { builtPages } from './shared/built-pages.ts';
import { FONT_SETS, missingFonts, type FontSetName } from './shared/fonts.ts';
import { serveDist } from './shared/static-server.ts';

const { values, positionals } = parseCli(
  `Usage: npm run check:a11y [-- [--fonts wide|narrow] [--light-only] [/path/ ...]]

Runs axe with the WCAG 2.2 AA rules on every page of dist/ (npm run build first), or on the
paths given, at 390 px and 1280 px, in light and dark mode (--light-only: light alone), under
each font set (--fonts: one of them). Writes test-results/a11y.json; exits 1 on a violation.`,
  { fonts: { type: 'string' }, 'light-only': { type: 'boolean' } },
  { positionals: true },
);

const fonts = missingFonts();
if (fonts) {
  console.error(`Missing fonts: ${fonts.missing.join('; ')}. Install them with: ${fonts.hint}`);
  process.exit(1);
}
const sets = FONT_SETS.filter((set) => !values.fonts || set.name === values.fonts);
if (sets.length === 0) {
  console.error(`Unknown font set "${values.fonts}": use ${FONT_SETS.map((set) => set.name).join(' or ')}.`);
  process.exit(2);
}
if (!existsSync(resolve('dist', 'index.html'))) throw new Error('dist/ has no build: run `npm run build` first.');
const paths = positionals.length ? positionals : builtPages(resolve('dist'));
const widths = [390, 1280];
const schemes = values['light-only'] ? (['light'] as const) : (['light', 'dark'] as const);

/** Visits one page at one width, and runs axe once per colour scheme. */
async function check(browser: Browser, url: string, width: number): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await openAllDetails(page);
    // Every rule in light mode; in dark, only those that colours decide.
    return await axeInSchemes(page, schemes);
  } finally {
    await page.close();
  }
}

const started = Date.now();
const server = await serveDist();
const violations: { page: string; fonts: FontSetName; width: number; violation: string }[] = [];
try {
  for (const set of sets) {
    const browser = await launchChromium(set.name);
    try {
      const jobs = paths.flatMap((path) => widths.map((width) => ({ path, width })));
      // Two pages at a time, so that one page loads while axe runs on the other.
      const next = async (): Promise<void> => {
        for (let job = jobs.shift(); job; job = jobs.shift())
          for (const violation of await check(browser, server.url + job.path, job.width))
            violations.push({ page: job.path, fonts: set.name, width: job.width, violation });
      };
      await Promise.all([next(), next()]);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/a11y.json',
  `${JSON.stringify({ pages: paths.length, widths, schemes, fonts: sets.map((s) => s.name), violations }, null, 2)}\n`,
);
const runs = paths.length * widths.length * schemes.length * sets.length;
if (violations.length === 0) {
  console.log(
    `axe: 0 violations on ${paths.length} pages (${runs} runs: ${widths.join(' and ')} px, ${schemes.join(' and ')}, fonts ${sets.map((s) => s.name).join(' and ')}) in ${seconds} s.`,
  );
} else {
  for (const v of violations) console.error(`${v.page} at ${v.width} px, ${v.fonts} fonts: ${v.violation}`);
  console.error(`axe: ${violations.length} violations over ${paths.length} pages (${runs} runs) in ${seconds} s.`);
  process.exit(1);
}
