import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ADDRESS, printedAddress, siteAddress } from '../../../src/lib/site/address.ts';

describe('siteAddress (SITE_URL and BASE_PATH)', () => {
  it('is the default when neither is set, or both are empty', () => {
    expect(siteAddress({})).toEqual(DEFAULT_ADDRESS);
    expect(siteAddress({ SITE_URL: '', BASE_PATH: '' })).toEqual({ url: 'https://causeway.example.org', base: '/' });
  });

  it('takes an https origin and a base path, keeping the origin alone', () => {
    expect(siteAddress({ SITE_URL: 'https://example.org/', BASE_PATH: '/' })).toEqual({ url: 'https://example.org', base: '/' });
    expect(siteAddress({ SITE_URL: 'https://owner.github.io', BASE_PATH: '/causeway/' })).toEqual({
      url: 'https://owner.github.io',
      base: '/causeway/',
    });
    expect(siteAddress({ BASE_PATH: '/a/b-c_d.e~f/' }).base).toBe('/a/b-c_d.e~f/');
  });

  it('takes SITE_URL with the base path in it, as actions/configure-pages gives it', () => {
    for (const SITE_URL of ['https://owner.github.io/causeway', 'https://owner.github.io/causeway/'])
      expect(siteAddress({ SITE_URL, BASE_PATH: '/causeway/' })).toEqual({ url: 'https://owner.github.io', base: '/causeway/' });
  });

  it('refuses a base path that does not start and end with "/", naming the variable and the fix', () => {
    expect(() => siteAddress({ BASE_PATH: 'causeway' })).toThrow('BASE_PATH is "causeway", but it must start and end with "/"');
    expect(() => siteAddress({ BASE_PATH: 'causeway' })).toThrow('Fix: set BASE_PATH="/causeway/"');
    expect(() => siteAddress({ BASE_PATH: '/causeway' })).toThrow('Fix: set BASE_PATH="/causeway/"');
  });

  it('refuses a base path with a query, spaces, a double slash or a dot segment', () => {
    for (const BASE_PATH of ['/a?b=1/', '/a b/', '//a/', '/a//b/', '/../', '/a/./'])
      expect(() => siteAddress({ BASE_PATH }), BASE_PATH).toThrow(/^Site address: BASE_PATH is .* Fix: /);
  });

  it('refuses a SITE_URL that is not an absolute https address, naming the fix', () => {
    expect(() => siteAddress({ SITE_URL: 'owner.github.io' })).toThrow('SITE_URL is "owner.github.io", which is not an absolute address');
    expect(() => siteAddress({ SITE_URL: 'http://owner.github.io' })).toThrow(
      'Fix: set it to the https:// address, such as https://owner.github.io',
    );
    expect(() => siteAddress({ SITE_URL: 'ftp://owner.github.io' })).toThrow('served over https');
    expect(() => siteAddress({ SITE_URL: 'https://owner.github.io/?x=1' })).toThrow('carries a user, query or #fragment');
    expect(() => siteAddress({ SITE_URL: 'https://me:pw@owner.github.io' })).toThrow('carries a user, query or #fragment');
  });

  it('refuses a SITE_URL whose path is not the base path, and says how to split them', () => {
    expect(() => siteAddress({ SITE_URL: 'https://owner.github.io/causeway' })).toThrow(
      'SITE_URL is "https://owner.github.io/causeway", whose path /causeway is not BASE_PATH (/). Fix: set SITE_URL to https://owner.github.io and BASE_PATH to "/causeway/".',
    );
    expect(() => siteAddress({ SITE_URL: 'https://owner.github.io/other', BASE_PATH: '/causeway/' })).toThrow(
      'is not BASE_PATH (/causeway/)',
    );
  });
});

describe('printedAddress (what the social cards print)', () => {
  it('is the host and the base path, without https:// or the trailing slash', () => {
    expect(printedAddress(DEFAULT_ADDRESS)).toBe('causeway.example.org');
    expect(printedAddress(siteAddress({ SITE_URL: 'https://owner.github.io', BASE_PATH: '/causeway/' }))).toBe('owner.github.io/causeway');
    expect(printedAddress(siteAddress({ SITE_URL: 'https://example.org:8443', BASE_PATH: '/a/b/' }))).toBe('example.org:8443/a/b');
  });
});

describe('src/site.config.ts', () => {
  /** SITE as a fresh Node process with `env` sees it: its JSON, or what the process printed on failing. */
  const siteWith = (env: Record<string, string>) => {
    const script = "const { SITE } = await import('./src/site.config.ts'); console.log(JSON.stringify(SITE));";
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
    return run.status === 0 ? (JSON.parse(run.stdout) as { url: string; base: string }) : run.stderr;
  };

  it('reads SITE_URL and BASE_PATH from the environment', () => {
    expect(siteWith({ SITE_URL: 'https://owner.github.io/fork', BASE_PATH: '/fork/' })).toMatchObject({
      url: 'https://owner.github.io',
      base: '/fork/',
    });
  });

  it('stops on a bad value with the message that names it', () => {
    expect(siteWith({ BASE_PATH: 'fork' })).toContain('Site address: BASE_PATH is "fork"');
  });
});
