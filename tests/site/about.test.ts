/** The About page, read from the built HTML; its prose comes from content/pages/about.mdx. */
import { describe, expect, it } from 'vitest';
import { readPage, textOf } from '../helpers/dist.ts';
import { SITE } from '../../src/site.config.ts';
import { paths } from '../../src/lib/site/paths.ts';

const page = () => readPage('/about/');
/** The text from a heading up to the next heading of the same or a higher level. */
function section(id: string): string {
  const heading = page().getElementById(id);
  expect(heading, `heading #${id}`).toBeTruthy();
  const level = Number(heading!.tagName.slice(1));
  const parts: string[] = [];
  for (
    let el = heading!.nextElementSibling;
    el && !(/^H[1-6]$/.test(el.tagName) && Number(el.tagName.slice(1)) <= level);
    el = el.nextElementSibling
  )
    parts.push(textOf(el));
  return parts.join(' ');
}

describe('About page', () => {
  it('has one h1 and a heading for each section, from the content file', () => {
    const html = page();
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    for (const id of ['who-it-is-for', 'what-tiktok-for-good-is', 'how-the-site-works', 'contribute'])
      expect(html.querySelector(`h2#${id}`), `h2#${id}`).toBeTruthy();
  });

  it('says what the site is and who it is for', () => {
    expect(section('who-it-is-for')).toMatch(/NGO/);
    expect(section('who-it-is-for')).toMatch(/journalists/);
  });

  it('describes TikTok for Good and links to the Charity Digital guide as its source, safely', () => {
    expect(section('what-tiktok-for-good-is')).toMatch(/hashtag challenges/);
    const link = page().querySelector(
      'a[href="https://www.kindnessinmotionmag.com/charity-digital-topics-tiktok-for-good-how-charities-can-use-tiktok-to-engage-audiences"]',
    );
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('leaves how figures are sourced to the methodology, and points there', () => {
    expect(section('how-the-site-works')).toMatch(/methodology/);
    expect(page().querySelector(`#how-the-site-works ~ p a[href="${paths.methodology}"]`)).toBeTruthy();
    expect(page().getElementById('how-figures-are-sourced')).toBeNull();
  });

  it('has the contribution section the footer links to, pointing at the guide, the issues and pull requests, and the licences', () => {
    const html = page();
    expect(html.querySelector(`footer a[href="${paths.contribute}"]`)).toBeTruthy();
    expect(html.querySelector(`h2${paths.contribute.slice(paths.contribute.indexOf('#'))}`)).toBeTruthy();
    const hrefs = html.querySelectorAll('article a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`${SITE.repository}/blob/${SITE.branch}/CONTRIBUTING.md`);
    expect(hrefs).toContain(`${SITE.repository}/issues`);
    expect(hrefs).toContain(`${SITE.repository}/pulls`);
    expect(section('contribute')).toContain(SITE.contentLicence.name);
  });
});
