// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';
import socialCards, { CARDS_DIR } from './src/integrations/social-cards/index.ts';
import staleOutput from './src/integrations/stale-output.ts';
import { onBuildLog } from './src/integrations/build-log.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  // Both from the environment (SITE_URL, BASE_PATH; src/site.config.ts): a GitHub Pages project
  // site is served under /<repository>/, and every address of the build starts with `base`.
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops whitespace between inline elements, which glues words
  // together in the page text and in the search index. `true` is lossless.
  compressHTML: true,
  // A page's own small stylesheet (the compare table's, the search page's) as a file of its own,
  // not inline: Astro lists the hash of every inline style in every page's CSP, which case
  // studies would carry within their 30 kB budget for nothing.
  build: { inlineStylesheets: 'never' },
  integrations: [
    contentCheck(),
    mdx(),
    // The 404 page is not a page to index.
    sitemap({ filter: (page) => !/\/404(\.html|\/)?$/.test(page) }),
    // Writes dist/cards/ once the pages are rendered (the card route hands it the cards) and keeps
    // that folder exact itself, so stale-output leaves it alone.
    socialCards(),
    // Before Pagefind, which then writes a fresh index into the cleaned dist/.
    staleOutput({ leave: [CARDS_DIR] }),
    pagefind(),
  ],
  // Case studies have no code; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // A <meta> policy on every page (not active in `astro dev`). Astro adds the hashes of its
    // own scripts and styles; nothing inline runs otherwise. Everything is served from our own
    // origin. Pagefind needs 'wasm-unsafe-eval' to compile its WebAssembly and a worker from
    // 'self' (blob: for its fallback); that is all it gets.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // A rebuild copies the pages whose data (their `cacheKey`, see `cached` in src/data/catalogue.ts)
  // and code are unchanged from the last build instead of rendering them again; `astro build
  // --force` renders everything. Astro's caches live in the project's git-ignored .cache/ rather
  // than node_modules/, which test fixtures share by a link: each copy keeps a cache of its own.
  experimental: { incrementalBuild: true },
  cacheDir: './.cache/astro',
  vite: {
    plugins: [tailwindcss()],
    // site.config.ts reads these two by name: written in as the values checked above, pages and
    // browser code (which has no `process`) get the same address as this config.
    define: {
      'process.env.SITE_URL': JSON.stringify(SITE.url),
      'process.env.BASE_PATH': JSON.stringify(SITE.base),
    },
    // Drops one warning that Astro causes once per MDX file and that means nothing (astro#18087);
    // every other warning still shows. See src/integrations/build-log.ts.
    // dist/ is kept between builds, so the incremental build leaves unchanged pages in place
    // instead of copying them back; src/integrations/stale-output.ts removes what is left over.
    build: { emptyOutDir: false, rolldownOptions: { onLog: onBuildLog } },
  },
});
