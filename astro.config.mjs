// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import contentChecks from './src/integrations/content-checks.ts';
import pagefind from './src/integrations/pagefind.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops whitespace between inline elements, which glues words
  // together in the page text and in the search index. `true` is lossless.
  compressHTML: true,
  integrations: [
    contentChecks(),
    mdx(),
    // The 404 page is not a page to index.
    sitemap({ filter: (page) => !/\/404(\.html|\/)?$/.test(page) }),
    pagefind(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
