/**
 * /robots.txt, generated rather than kept in public/ so the sitemap address follows the site
 * URL in src/site.config.ts.
 */
import { paths } from '~/lib/site/paths.ts';
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${paths.home}\n\nSitemap: ${new URL(paths.sitemap, site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
