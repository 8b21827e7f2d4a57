/**
 * The licence files, package.json and CITATION.cff agree with the licences site.config.ts sets
 * once, which the footer, /data/ and the open data show.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as yaml from 'js-yaml';
import { SITE } from '../../../src/site.config.ts';

const read = (file: string) => readFileSync(file, 'utf8');

describe('LICENSE', () => {
  it('is the MIT licence for the code, held by the contributors since the year site.config.ts gives', () => {
    const text = read(SITE.codeLicence.file);
    expect(text.split('\n')[0]).toBe('MIT License');
    expect(text).toContain(`Copyright (c) ${SITE.year} ${SITE.holder}`);
    expect(text).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
    expect(text).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
    expect(SITE.codeLicence.id).toBe('MIT');
  });
});

describe('LICENSE-CONTENT.md', () => {
  const text = read(SITE.contentLicence.file).replace(/\s*\n>?\s*/g, ' ');

  it('puts content/ and the open data under CC BY 4.0, linked to its deed, and the code under MIT', () => {
    expect(SITE.contentLicence.id).toBe('CC-BY-4.0');
    expect(text).toContain(`Copyright (c) ${SITE.year} ${SITE.holder}`);
    expect(text).toContain(SITE.contentLicence.title);
    expect(text).toContain(SITE.contentLicence.url);
    expect(text).toContain('`content/`');
    expect(text).toContain('`/data/`');
    expect(text).toContain(`\`${SITE.codeLicence.file}\``);
  });

  it('says plainly that quotations and source passages remain their authors’, quoted for review and criticism', () => {
    expect(text).toMatch(/Quotations, and the passages of sources .* remain the work of their authors and publishers/);
    expect(text).toContain('quoted for review and criticism');
    expect(text).toContain('This licence does not cover them');
  });

  it('suggests the attribution line the open data gives, for the site’s own address', () => {
    expect(text).toContain(SITE.attribution);
    expect(SITE.attribution).toContain(`${SITE.url}/`);
    expect(SITE.attribution).toContain(SITE.contentLicence.name);
  });
});

describe('package.json', () => {
  it('gives the code’s licence', () => {
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe(SITE.codeLicence.id);
  });
});

describe('CITATION.cff', () => {
  const cff = yaml.load(read('CITATION.cff')) as Record<string, unknown>;

  it('parses as YAML in the Citation File Format 1.2.0, for a dataset, with the fields it requires', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff['type']).toBe('dataset');
    for (const field of ['message', 'title', 'authors']) expect(cff[field], field).toBeTruthy();
  });

  it('agrees with site.config.ts: its name, authors, licence, address and repository', () => {
    expect(String(cff['title']).startsWith(`${SITE.name}:`)).toBe(true);
    expect(cff['authors']).toEqual([{ name: SITE.holder }]);
    expect(cff['license']).toBe(SITE.contentLicence.id);
    expect(cff['url']).toBe(`${SITE.url}/`);
    expect(cff['repository-code']).toBe(SITE.repository);
  });
});
