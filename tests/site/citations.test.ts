/** In-text citations, read from the built HTML of every case study. */
import { describe, expect, it } from 'vitest';
import { allPages, readPage } from '../helpers/dist.ts';

const campaignPages = () => allPages().filter((p) => /^\/campaigns\/[^/]+\/$/.test(p));

describe('in-text citations', () => {
  it('are a bare [n] with no whitespace around it, so a following full stop cannot wrap onto a line of its own', () => {
    const pages = campaignPages();
    expect(pages.length).toBeGreaterThan(1);
    for (const path of pages) {
      const html = readPage(path);
      const cites = html.querySelectorAll('.prose a.cite');
      expect(cites.length, path).toBeGreaterThan(0);
      for (const cite of cites) {
        expect(cite.textContent, path).toMatch(/^\[\d+\]$/);
        expect(html.getElementById(cite.getAttribute('href')!.slice(1)), `${path}: ${cite.outerHTML}`).toBeTruthy();
        const after = cite.nextSibling?.textContent ?? '';
        expect(after, `${path}: text after ${cite.outerHTML}`).not.toMatch(/^\s+[.,;:]/);
      }
    }
  });
});
