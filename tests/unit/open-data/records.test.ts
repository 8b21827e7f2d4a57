/** The per-collection open-data files: one record per entry, and the case studies that use it. */
import { describe, expect, it } from 'vitest';
import {
  OPEN_DATA_COLLECTIONS,
  collectionDocument,
  collectionRecords,
  sourceRecord,
  type CollectionsInput,
} from '../../../src/lib/open-data/records.ts';
import type { CauseEntry, MechanicEntry, OrganisationEntry, SourceEntry, ThemeEntry } from '../../../src/lib/model/entries.ts';

const site = new URL('https://causeway.example.org/');
const org = (id: string, extra: Partial<OrganisationEntry['data']> = {}): OrganisationEntry => ({
  id,
  data: { name: id.toUpperCase(), aliases: [], partOf: [], kind: 'ngo', description: `About ${id}.`, ...extra },
});
const term = (id: string) => ({ id, data: { name: `Name of ${id}`, description: `About ${id}.`, sdgs: [13] } });
const source = (id: string): SourceEntry => ({
  id,
  data: { title: `Title ${id}`, publisher: 'P', authors: [], url: `https://example.org/${id}`, kind: 'press', language: 'en' },
});

const unicef = org('unicef', {
  shortName: 'UNICEF',
  aliases: ['UN Children’s Fund'],
  partOf: ['united-nations'],
  website: 'https://unicef.org',
});
const tiktok = org('tiktok');
const idle = org('idle');
const [climate, health] = [term('climate'), term('health')] as CauseEntry[];
const [challenge] = [term('challenge')] as MechanicEntry[];
const [creators, unused] = [term('creators'), term('unused')] as ThemeEntry[];
const [s1, s2, uncited] = [source('s1'), source('s2'), source('uncited')];
const lesson = (theme: ThemeEntry) => ({ theme, text: 'A lesson.', source: s1, passage: 'The words of the source.' });

/** Newest first, as the catalogue orders case studies. */
const input: CollectionsInput = {
  campaigns: [
    {
      id: 'newer',
      organisations: [
        { organisation: unicef, role: 'lead' },
        { organisation: tiktok, role: 'platform' },
      ],
      causes: [climate!, health!],
      mechanics: [challenge!],
      lessons: [lesson(creators!), lesson(creators!)],
      sources: [s1, s2],
    },
    {
      id: 'older',
      organisations: [
        { organisation: unicef, role: 'partner' },
        { organisation: unicef, role: 'funder' },
      ],
      causes: [climate!],
      mechanics: [],
      lessons: [],
      sources: [s2],
    },
  ],
  organisations: [idle, tiktok, unicef],
  causes: [climate!, health!],
  mechanics: [challenge!],
  themes: [creators!, unused!],
  sources: [s1, s2, uncited],
};
const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r]));

describe('collectionRecords', () => {
  it('writes every entry of the collection, in its order, used or not', () => {
    for (const name of OPEN_DATA_COLLECTIONS) {
      expect(collectionRecords(name, input, site).map((r) => r.id)).toEqual(input[name].map((e) => e.id));
    }
  });

  it('lists the case studies that use each entry, newest first, each once', () => {
    const causes = byId(collectionRecords('causes', input, site));
    expect(causes.get('climate')!.campaigns).toEqual(['newer', 'older']);
    expect(causes.get('health')!.campaigns).toEqual(['newer']);
    // Two lessons on one theme name the case study once.
    const themes = byId(collectionRecords('themes', input, site));
    expect(themes.get('creators')!.campaigns).toEqual(['newer']);
    expect(themes.get('unused')!.campaigns).toEqual([]);
    const sources = byId(collectionRecords('sources', input, site));
    expect([...sources.values()].map((s) => [s.id, s.campaigns])).toEqual([
      ['s1', ['newer']],
      ['s2', ['newer', 'older']],
      ['uncited', []],
    ]);
  });

  it('gives an organisation its role in each case study, once per role', () => {
    const organisations = byId(collectionRecords('organisations', input, site));
    expect(organisations.get('unicef')!.campaigns).toEqual([
      { slug: 'newer', role: 'lead' },
      { slug: 'older', role: 'partner' },
      { slug: 'older', role: 'funder' },
    ]);
    expect(organisations.get('idle')!.campaigns).toEqual([]);
  });

  it('writes each entry’s fields, null for a missing optional one, and the address of its page', () => {
    const organisations = byId(collectionRecords('organisations', input, site));
    expect(organisations.get('unicef')).toMatchObject({
      url: 'https://causeway.example.org/organisations/unicef/',
      name: 'UNICEF',
      shortName: 'UNICEF',
      aliases: ['UN Children’s Fund'],
      partOf: ['united-nations'],
      website: 'https://unicef.org',
    });
    expect(organisations.get('tiktok')).toMatchObject({ shortName: null, website: null, partOf: [] });
    expect(collectionRecords('themes', input, site)[0]).toEqual({
      id: 'creators',
      url: 'https://causeway.example.org/playbook/creators/',
      name: 'Name of creators',
      description: 'About creators.',
      campaigns: ['newer'],
    });
    expect(collectionRecords('sources', input, site)[0]).toMatchObject({
      id: 's1',
      title: 'Title s1',
      titleTranslation: null,
      untitled: false,
      published: null,
      format: null,
    });
  });
  it('marks a source whose title is a [description] of ours, and keeps a headline’s translation', () => {
    const described = { ...source('s9'), data: { ...source('s9').data, title: '[A report on the campaign]' } };
    const foreign = { ...source('s8'), data: { ...source('s8').data, title: 'Un titre', titleTranslation: 'A title', language: 'fr' } };
    expect(sourceRecord(described)).toMatchObject({ title: '[A report on the campaign]', untitled: true, titleTranslation: null });
    expect(sourceRecord(foreign)).toMatchObject({ title: 'Un titre', untitled: false, titleTranslation: 'A title' });
  });
});

describe('collectionDocument', () => {
  it('starts like campaigns.json and holds the records under the collection’s name', () => {
    const document = collectionDocument('mechanics', input, site);
    expect(Object.keys(document)).toEqual(['version', 'site', 'documentation', 'mechanics']);
    expect(document.documentation).toBe('https://causeway.example.org/data/');
  });
});
