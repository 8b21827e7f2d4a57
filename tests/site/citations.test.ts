/** In-text citations, read from the built HTML of every case study. */
import { describe, expect, it } from 'vitest';
import { allPages, readPage } from '../helpers/dist.ts';

const campaignPages = () => allPages().filter((p) => /^\/campaigns\/[^/]+\/$/.test(p));

describe('in-text citations', () => {
  it('hold no whitespace inside the <sup>, so a following full stop cannot wrap onto a line of its own', () => {
    const pages = campaignPages();
    expect(pages.length).toBeGreaterThan(1);
    for (const path of pages) {
      for (const sup of readPage(path).querySelectorAll('.prose sup')) {
        expect(sup.innerHTML, `${path}: ${sup.outerHTML}`).not.toMatch(/^\s|\s$|>\s|\s</);
        expect(sup.textContent, path).toMatch(/^\[\d+\]$/);
      }
    }
  });
});
