/** How the checker shows a contributor's value in a message (src/lib/content/problem.ts). */
import { describe, expect, it } from 'vitest';
import { show } from '../../../src/lib/content/problem.ts';

describe('show', () => {
  it('quotes text and shows other values as JSON', () => {
    expect(show('kind: news')).toBe('"kind: news"');
    expect(show(42)).toBe('42');
    expect(show(new Date('2020-05-01T00:00:00Z'))).toBe('2020-05-01');
  });
  it('cuts long text inside its quotes, so the closing quote is never lost', () => {
    const shown = show('word '.repeat(40));
    expect(shown).toMatch(/^"(word ){15}…"$/);
    expect(shown.length).toBeLessThanOrEqual(80);
  });
  it('cuts a long list after 77 characters', () => {
    expect(show(Array.from({ length: 40 }, (_, i) => i))).toMatch(/^\[0,1,2.{60,}…$/);
  });
});
