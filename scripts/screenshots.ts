/**
 * Screenshots of the built site at desktop and phone width, for looking at what we built and
 * for the README. Usage: npm run capture:screenshots [-- /path/ ...]. Writes screenshots/*.png.
 */
import { parseCli } from './cli.ts';
import { mkdirSync } from 'node:fs';
import { launchChromium } from './shared/chromium.ts';
import { serveDist } from './shared/static-server.ts';

const { positionals } = parseCli(
  `Usage: npm run capture:screenshots [-- /path/ ...]

Screenshots of pages of the built site (npm run build first) at 1280 px and 390 px wide, into
screenshots/. Without paths: the home page and one case study. SCHEME=dark for dark mode,
FULL=1 for the full page height, SELECTOR='#results-table' for one element, FONTS=narrow for
the narrow font set instead of the wide one (scripts/shared/fonts.ts), JS=0 for the page as a
reader without JavaScript sees it.`,
  {},
  { positionals: true },
);
const paths = positionals.length ? positionals : ['/', '/campaigns/the-real-challenge/'];
const scheme = process.env.SCHEME === 'dark' ? 'dark' : 'light';
const fonts = process.env.FONTS === 'narrow' ? 'narrow' : 'wide';
const javaScriptEnabled = process.env.JS !== '0';
const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

mkdirSync('screenshots', { recursive: true });
const server = await serveDist();
const browser = await launchChromium(fonts);
try {
  for (const viewport of viewports) {
    const page = await browser.newPage({ viewport, colorScheme: scheme, javaScriptEnabled });
    for (const path of paths) {
      // Quiet network: the search page's results and the compare page's added rows are in.
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const name =
        (path.replace(/\/|\?|=|&/g, '_').replace(/^_|_$/g, '') || 'home') +
        `-${viewport.name}-${scheme}-${fonts}${javaScriptEnabled ? '' : '-nojs'}.png`;
      const selector = process.env.SELECTOR;
      if (selector)
        await page
          .locator(selector)
          .first()
          .screenshot({ path: `screenshots/${name}` });
      else await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL === '1' });
      console.log(`screenshots/${name}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
