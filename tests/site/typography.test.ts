/**
 * compressHTML is `true` so that words are never glued together, which means template
 * whitespace reaches the page. These checks catch the visible results: underlined spaces at
 * the edges of links, and a space before punctuation after a link.
 */
import { describe, expect, it } from 'vitest';
import { allPages, readPage } from '../helpers/dist.ts';

describe('typography of every page', () => {
  it('has no link whose text starts or ends with whitespace', () => {
    const bad: string[] = [];
    for (const path of allPages()) {
      for (const a of readPage(path).querySelectorAll('main a, header a, footer a')) {
        if (a.querySelector('svg, img')) continue;
        // Whitespace at the edges of a flex or block box is not rendered, so only inline links count.
        if (/\b(chip|block|flex|inline-flex|grid)\b/.test(a.getAttribute('class') ?? '')) continue;
        const text = a.textContent;
        if (text !== text.trim()) bad.push(`${path}: <a href="${a.getAttribute('href')}">${JSON.stringify(text)}</a>`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no space between a link and the punctuation after it', () => {
    const bad: string[] = [];
    for (const path of allPages()) {
      const html = readPage(path).querySelector('main')?.innerHTML ?? '';
      for (const match of html.matchAll(/<\/a>\s+[,.;:)](?!\w)/g))
        bad.push(`${path}: …${html.slice(Math.max(0, match.index - 60), match.index + 10)}`);
    }
    expect(bad).toEqual([]);
  });
});
