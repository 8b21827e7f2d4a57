/**
 * Every internal address, built in one place so a page and the pages that link to it can never
 * disagree (the two-way link tests rely on it), plus the repository links from site.config.ts.
 */
import { SITE } from '../site.config.ts';

export const paths = {
  campaigns: '/campaigns/',
  campaign: (id: string) => `/campaigns/${id}/`,
  causes: '/causes/',
  cause: (id: string) => `/causes/${id}/`,
  organisations: '/organisations/',
  organisation: (id: string) => `/organisations/${id}/`,
  mechanics: '/mechanics/',
  mechanic: (id: string) => `/mechanics/${id}/`,
  years: '/years/',
  year: (year: number | string) => `/years/${year}/`,
  countries: '/countries/',
  country: (code: string) => `/countries/${code.toLowerCase()}/`,
  languages: '/languages/',
  language: (tag: string) => `/languages/${tag.toLowerCase()}/`,
  playbook: '/playbook/',
  theme: (id: string) => `/playbook/${id}/`,
  timeline: '/timeline/',
} as const;

/** The page that edits a content file on the repository host: `content/campaigns/x.mdx` → …/edit/main/content/campaigns/x.mdx. */
export const editUrl = (filePath: string) => `${SITE.repository}/edit/${SITE.branch}/${filePath.replace(/^\.?\//, '')}`;

/** The absolute URL of a page of the site. */
export const absoluteUrl = (path: string) => new URL(path, SITE.url).href;
