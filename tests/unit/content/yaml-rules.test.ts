/**
 * The YAML writing rules (src/lib/content/yaml-rules.ts): each refuses what YAML would misread, and lets
 * through what only looks like it, such as a `#` that YAML reads as text.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bomFinding, yamlFindings } from '../../../src/lib/content/yaml-rules.ts';

/** The findings as `line:column field: what is wrong`, up to the message's first comma or colon. */
const brief = (text: string, firstLine?: number) =>
  yamlFindings(text, firstLine).map((f) => `${f.line}:${f.column} ${f.path.join('.')}: ${f.message.split(/[,:] /)[0]}`);

describe('a comment after a value', () => {
  it('is refused, with the text YAML leaves out and the fix', () => {
    const [finding, ...rest] = yamlFindings('title: TikTok and the Red Cross launch the #TudoPeloClima challenge\n');
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      line: 1,
      column: 44,
      path: ['title'],
      message:
        'a comment follows the value on the same line: YAML reads " #" as the start of a comment, so "#TudoPeloClima challenge" is left out of the value. A comment stands on a line of its own. Fix: quote the value: put the whole text in double quotes, or move the comment to a line of its own.',
    });
  });

  it('is found after flow collections, in nested fields, and counted from the first line given', () => {
    const text = 'causes: [a, b] # the main one first\nmetrics:\n  - { kind: views, value: 1 } # from the press release\n';
    expect(brief(text, 2)).toEqual([
      '2:16 causes: a comment follows the value on the same line',
      '4:31 metrics.0: a comment follows the value on the same line',
    ]);
  });

  it('accepts a # inside quotes, inside a block scalar, without a space before it, and a comment on a line of its own', () => {
    const text = [
      '# A comment on a line of its own.',
      'title: "TikTok and the Red Cross launch the #TudoPeloClima challenge"',
      'hashtags: [\'#ForClimate\', "#SaveOurOceans"]',
      'summary: Plain text with a hashtag#inside',
      'description: |',
      '  A block scalar keeps # and #DistanceDance as text.',
      'wording: >',
      '  So does a folded one # like this.',
      '  # Even at the start of a line.',
      'sources:',
      '  # Also indented.',
      '  - one',
    ].join('\n');
    expect(yamlFindings(text)).toEqual([]);
  });
});

describe('a key given twice', () => {
  it('is refused with the key, both lines and the fix, in block and flow mappings', () => {
    expect(yamlFindings('title: One\nended: 2019-11-20\ntitle: Two\n')).toEqual([
      {
        line: 3,
        column: 1,
        path: ['title'],
        message:
          'the key "title" is given twice at the same level (first on line 1), so it is not clear which value is meant. Fix: keep one of them.',
      },
    ]);
    expect(brief('metrics:\n  - { kind: views, "kind": likes }\n')).toEqual([
      '2:20 metrics.0.kind: the key "kind" is given twice at the same level (first on line 2)',
    ]);
  });

  it('accepts the same key in different mappings', () => {
    expect(yamlFindings('organisations:\n  - { id: unicef, role: lead }\n  - { id: ifrc, role: partner }\n')).toEqual([]);
  });
});

describe('a tab', () => {
  it('is refused wherever it is, once a line, with its column', () => {
    expect(brief('causes:\t[a]\ntitle: "a\tb"\tc\n')).toEqual(['1:8 : a tab character', '2:10 : a tab character']);
  });
});

describe('a byte-order mark', () => {
  it('is refused at the start of a file, and only there', () => {
    expect(bomFinding('\uFEFF---\ntitle: A\n---\n')).toMatchObject({
      line: 1,
      column: 1,
      message: expect.stringContaining('UTF-8 without BOM'),
    });
    expect(bomFinding('title: A\n')).toBeUndefined();
  });
});

describe('a date with a time', () => {
  it('is refused in each form YAML may read as a timestamp, with the day to write instead', () => {
    const text = ['a: 2020-03-25T10:00:00-05:00', 'b: 2020-03-25 10:00', 'c: 2020-3-5 10:00:00.5 Z', 'd: 2020-03-25t10:00:00Z'].join('\n');
    expect(brief(text)).toEqual([
      '1:4 a: 2020-03-25T10:00:00-05:00 is a date with a time',
      '2:4 b: 2020-03-25 10:00 is a date with a time',
      '3:4 c: 2020-3-5 10:00:00.5 Z is a date with a time',
      '4:4 d: 2020-03-25t10:00:00Z is a date with a time',
    ]);
    expect(yamlFindings('launched: 2020-03-25T10:00:00-05:00')[0]?.message).toContain(
      'Fix: write the day alone, YYYY-MM-DD, as the source gives it (2020-03-25).',
    );
  });

  it('accepts plain dates, and any date in quotes', () => {
    expect(yamlFindings('a: 2020-03-25\nb: 2020-03\nc: 2020\nd: "2020-03-25T10:00:00Z"\ne: 2020-03-25 launch\n')).toEqual([]);
  });
});

describe('a number with a leading zero', () => {
  it('is refused, saying what YAML reads', () => {
    expect(yamlFindings('metrics:\n  - { value: 0123 }\n')).toEqual([
      {
        line: 2,
        column: 14,
        path: ['metrics', 0, 'value'],
        message:
          '0123 starts with a zero, which YAML drops: it reads the number 123. Fix: quote it ("0123") if the zero belongs to it, or drop the zero.',
      },
    ]);
    expect(brief('a: -08\nb: 012.5\n')).toEqual(['1:4 a: -08 starts with a zero', '2:4 b: 012.5 starts with a zero']);
  });

  it('accepts 0, 0.5, quoted zeros and numbers without one', () => {
    expect(yamlFindings('a: 0\nb: 0.5\nc: "0123"\nd: 1000\ne: 10.05\nf: 0123 Street\n')).toEqual([]);
  });
});

describe('anchors and aliases', () => {
  it('are refused, since a value that starts with & or * is not read as text', () => {
    expect(brief('publisher: &Walsh design studio\ncopy: *Walsh\n')).toEqual([
      '1:12 publisher: "&Walsh" is read as a YAML anchor (a name for the value)',
      '2:7 copy: "*Walsh" is read as a YAML alias (a copy of another value)',
    ]);
  });
});

describe('YAML the parser cannot read', () => {
  it('is left to the loader, which explains it, apart from its tabs', () => {
    expect(yamlFindings('a: b\n- c # x\n')).toEqual([]);
    expect(brief('a: b\n- c\t# x\n')).toEqual(['2:4 : a tab character']);
  });
});

describe('the parser', () => {
  it('is the js-yaml Astro itself uses, so the check sees the values the build publishes', () => {
    // js-yaml 5 keeps timestamps as text and 4 makes them Dates (and reads 0b101 as 5): with two
    // versions, the check would pass values the build reads otherwise.
    const ours = createRequire(import.meta.url);
    const astros = createRequire(ours.resolve('astro/package.json'));
    const version = (load: NodeJS.Require) => (load('js-yaml/package.json') as { version: string }).version;
    expect(version(ours)).toBe(version(astros));
  });
});

describe('an impossible date', () => {
  it('is refused, since YAML rolls 30 February into March; a real date and a quoted one pass', () => {
    expect(brief('launched: 2019-02-30\n')).toEqual(['1:11 launched: "2019-02-30" is not a real date']);
    expect(brief('launched: 2019-02-28\nended: "2019-02-30"\n')).toEqual([]);
  });
});
