/** The `_headers` file that Netlify and Cloudflare Pages apply to every response. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, requireBuild } from '../helpers/dist.ts';
import { headersFor, parseHeaders } from '../../scripts/shared/headers.ts';

describe('_headers', () => {
  requireBuild();
  const file = join(DIST, '_headers');

  it('is in the build', () => {
    expect(existsSync(file)).toBe(true);
  });

  const headers = headersFor(parseHeaders(readFileSync(file, 'utf8')), '/campaigns/the-real-challenge/');
  const directives = new Map(
    (headers['Content-Security-Policy'] ?? '').split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('sets HSTS for at least a year', () => {
    expect(Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });
  it('stops MIME sniffing and limits the referrer', () => {
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toMatch(/^(no-referrer|strict-origin|strict-origin-when-cross-origin|same-origin)$/);
  });
  it('turns off powerful browser features', () => {
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(headers['Permissions-Policy']).toContain(`${feature}=()`);
  });
  it('forbids framing through the CSP (frame-ancestors works only as a header)', () => {
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });
  it('leaves scripts to the per-page policy, which carries their hashes', () => {
    expect(directives.has('script-src')).toBe(false);
    expect(directives.has('default-src')).toBe(false);
  });
});
