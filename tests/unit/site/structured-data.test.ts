import { describe, expect, it } from 'vitest';
import { citationLd, scriptJson } from '../../../src/lib/site/structured-data.ts';
import { parsePartialDate } from '../../../src/schemas/dates.ts';
import type { SourceEntry } from '../../../src/lib/model/entries.ts';

const source = (extra: Partial<SourceEntry['data']> = {}): SourceEntry => ({
  id: 's',
  data: { title: 'T', publisher: 'P', authors: [], url: 'https://example.org/a', kind: 'press', language: 'en', ...extra },
});

describe('citationLd', () => {
  it('names the work, its link, publisher, date and authors', () => {
    expect(citationLd(source({ published: parsePartialDate('2019-11'), authors: ['A. Writer'] }))).toEqual({
      '@type': 'CreativeWork',
      name: 'T',
      url: 'https://example.org/a',
      publisher: { '@type': 'Organization', name: 'P' },
      datePublished: '2019-11',
      author: [{ '@type': 'Person', name: 'A. Writer' }],
      inLanguage: 'en',
    });
  });
  it('leaves out a date the source does not give', () => {
    expect(citationLd(source())).not.toHaveProperty('datePublished');
  });
});

describe('scriptJson', () => {
  it('cannot close the script element it sits in', () => {
    const text = scriptJson({ title: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text).title).toBe('</script><script>alert(1)</script>');
  });
});
