/** The About page, read from the built HTML. */
import { describe, expect, it } from 'vitest';
import { readPage, textOf } from '../helpers/dist.ts';
import { SITE } from '../../src/site.config.ts';

const page = () => readPage('/about/');

describe('About page', () => {
  it('has one h1 and a heading for each section', () => {
    const html = page();
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    for (const id of ['audience', 'tiktok-for-good', 'figures', 'contribute']) {
      const section = html.getElementById(id);
      expect(section, `section #${id}`).toBeTruthy();
      expect(section!.querySelector('h2'), `heading of #${id}`).toBeTruthy();
    }
  });

  it('says what the site is and who it is for', () => {
    const text = textOf(page().getElementById('audience'));
    expect(text).toMatch(/NGO/);
    expect(text).toMatch(/journalists/);
  });

  it('describes TikTok for Good and links to the Malmö student blog as its source', () => {
    const section = page().getElementById('tiktok-for-good');
    expect(textOf(section)).toMatch(/promoted hashtags/);
    const link = section?.querySelector('a[data-source-id="mau-student-blog-2020"]');
    expect(link?.getAttribute('href')).toBe(
      'https://wpmu.mau.se/nmict202group7/2020/10/08/tiktok-for-good-ngos-are-taping-into-the-potential-of-tiktok/',
    );
  });

  it('explains sourcing: a source per figure, ranges when sources disagree, dates and caveats', () => {
    const section = page().getElementById('figures');
    const text = textOf(section);
    expect(text).toMatch(/links to the source/);
    expect(text).toMatch(/range/);
    expect(text).toMatch(/date/);
    expect(text).toMatch(/warning/);
    expect(section?.querySelector('a[href^="/campaigns/the-real-challenge/"]')).toBeTruthy();
  });

  it('has the #contribute section the footer links to, pointing at the repository issues and pull requests', () => {
    const html = page();
    expect(html.querySelector('footer a[href="/about/#contribute"]')).toBeTruthy();
    const hrefs = html
      .getElementById('contribute')!
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`${SITE.repository}/issues`);
    expect(hrefs).toContain(`${SITE.repository}/pulls`);
    expect(textOf(html.getElementById('contribute'))).not.toMatch(/@/);
  });
});
