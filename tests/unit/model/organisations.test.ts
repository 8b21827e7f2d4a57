/** Which bodies an organisation belongs to (`partOf`), its members, and the mistakes the check refuses. */
import { describe, expect, it } from 'vitest';
import { ancestorsOf, bylineOf, membersOf, partOfProblems, type MemberEntry } from '../../../src/lib/model/organisations.ts';
import type { OrganisationEntry, Participant } from '../../../src/lib/model/entries.ts';

const org = (id: string, ...partOf: string[]): MemberEntry => ({ id, data: { partOf } });
const byId = (orgs: MemberEntry[]) => new Map(orgs.map((o) => [o.id, o]));

const un = org('united-nations');
const who = org('who', 'united-nations');
const unicef = org('unicef', 'united-nations');
const unicefIndia = org('unicef-india', 'unicef');
const tiktok = org('tiktok', 'bytedance');
const bytedance = org('bytedance');
const all = [un, who, unicef, unicefIndia, tiktok, bytedance];

describe('membersOf', () => {
  it('lists the organisations directly part of a parent, in the order given', () => {
    expect(membersOf('united-nations', all).map((o) => o.id)).toEqual(['who', 'unicef']);
    expect(membersOf('bytedance', all).map((o) => o.id)).toEqual(['tiktok']);
  });
  it('lists none for an organisation nothing belongs to', () => {
    expect(membersOf('who', all)).toEqual([]);
  });
});

describe('ancestorsOf', () => {
  it('follows partOf up through every parent, nearest first', () => {
    expect(ancestorsOf('unicef-india', byId(all))).toEqual(['unicef', 'united-nations']);
    expect(ancestorsOf('who', byId(all))).toEqual(['united-nations']);
    expect(ancestorsOf('united-nations', byId(all))).toEqual([]);
  });
  it('stops at a loop and skips an unknown id, so a page never hangs on content the check refuses', () => {
    const loop = [org('a', 'b'), org('b', 'a', 'missing')];
    expect(ancestorsOf('a', byId(loop))).toEqual(['b']);
  });
});

describe('partOfProblems', () => {
  it('accepts parents that exist and lead nowhere back', () => {
    expect(partOfProblems(all)).toEqual([]);
  });
  it('refuses an id that names no organisation', () => {
    expect(partOfProblems([org('who', 'united-natons')])).toEqual([
      {
        id: 'who',
        field: 'partOf[0]',
        message:
          '"united-natons" is not an organisation. Fix: add content/organisations/united-natons.yaml for the body it belongs to, or use an existing id.',
      },
    ]);
  });
  it('refuses an organisation that names itself', () => {
    expect(partOfProblems([org('who', 'who')])[0]).toMatchObject({
      id: 'who',
      field: 'partOf[0]',
      message: expect.stringContaining('is this organisation itself'),
    });
  });
  it('refuses a loop, on every organisation in it, with the loop spelled out', () => {
    const problems = partOfProblems([org('a', 'b'), org('b', 'c'), org('c', 'a'), org('d', 'a')]);
    expect(problems.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(problems[0]!.message).toBe(
      '"b" makes a loop: a → b → c → a. Fix: an organisation belongs to its parent, never the other way round; delete partOf from the parent.',
    );
  });
});

describe('bylineOf', () => {
  const named = (name: string, shortName?: string) => ({ data: { name, shortName } }) as unknown as OrganisationEntry;
  it('names every participant but the agencies, by short name, in file order (one byline for every list)', () => {
    const participants: Participant[] = [
      { organisation: named('TikTok'), role: 'lead' },
      { organisation: named('United Nations Children’s Fund', 'UNICEF'), role: 'partner' },
      { organisation: named('Mutant'), role: 'agency' },
    ];
    expect(bylineOf(participants)).toBe('TikTok, UNICEF');
  });
});
