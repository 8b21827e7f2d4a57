/**
 * The site's public address and base path, as a deploy sets them in the environment (SITE_URL,
 * BASE_PATH; src/site.config.ts reads them), checked here so that a bad value stops the build at
 * once with the variable, the value and the fix, instead of a site whose every link 404s.
 */

export interface SiteAddress {
  /** The origin the site is served from, without a trailing slash: `https://causeway.example.org`. */
  url: string;
  /** The path every address of the site starts with: / at the root of its host, /causeway/ on a GitHub Pages project site. */
  base: string;
}

/** Where the site lives when the environment says nothing. */
export const DEFAULT_ADDRESS: SiteAddress = { url: 'https://causeway.example.org', base: '/' };

/** The variables a deploy sets; unset or empty means the default. */
export interface AddressEnv {
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
}

/** A base path: `/`, or segments of letters, digits and `-._~` (none of them `.` or `..`), each ending in `/`. */
const BASE = /^\/(?:(?!\.{1,2}\/)[\w.~-]+\/)*$/;

const fail = (message: string): never => {
  throw new Error(`Site address: ${message}`);
};

function basePath(value: string | undefined): string {
  if (!value) return DEFAULT_ADDRESS.base;
  if (BASE.test(value)) return value;
  const segments = value.split('/').filter((s) => s && s !== '.' && s !== '..');
  const suggestion = segments.length ? `/${segments.join('/')}/` : '/';
  return fail(
    `BASE_PATH is "${value}", but it must start and end with "/" and hold only letters, digits and -._~ between them. ` +
      `Fix: set BASE_PATH="${suggestion}" (or "/" for a site at the root of its host).`,
  );
}

function origin(value: string | undefined, base: string): string {
  if (!value) return DEFAULT_ADDRESS.url;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(
      `SITE_URL is "${value}", which is not an absolute address. Fix: set it to the site's https:// address, such as https://owner.github.io.`,
    );
  }
  if (url.protocol !== 'https:')
    fail(
      `SITE_URL is "${value}", but the site is served over https. Fix: set it to the https:// address, such as ${`https://${url.host}`}.`,
    );
  if (url.username || url.password || url.search || url.hash)
    fail(`SITE_URL is "${value}", which carries a user, query or #fragment. Fix: set it to the address alone, such as ${url.origin}.`);
  // A path is allowed only when it is the base path itself, as GitHub's configure-pages gives it
  // (`https://owner.github.io/repo` with the base `/repo`): every other path would be lost.
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (path !== '/' && path !== base)
    fail(
      `SITE_URL is "${value}", whose path ${url.pathname} is not BASE_PATH (${base}). ` +
        `Fix: set SITE_URL to ${url.origin} and BASE_PATH to "${path}".`,
    );
  return url.origin;
}

/** The address the environment sets, or the default; throws a message naming the variable and the fix on a bad value. */
export function siteAddress(env: AddressEnv): SiteAddress {
  const base = basePath(env.BASE_PATH);
  return { url: origin(env.SITE_URL, base), base };
}

/**
 * The address as a reader types it, as the social cards print it: the host and the base path,
 * without https:// or a trailing slash (`causeway.example.org`, `owner.github.io/causeway`).
 * The host alone would send a reader of a site built with BASE_PATH to another site.
 */
export function printedAddress({ url, base }: SiteAddress): string {
  return `${new URL(url).host}${base.replace(/\/$/, '')}`;
}
