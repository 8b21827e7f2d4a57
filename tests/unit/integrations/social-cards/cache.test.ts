import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardCache, cardKey, isCompletePng, isCompletePngFile, templateHash } from '../../../../src/integrations/social-cards/cache.ts';
import { renderCard, rendererFingerprint, type CardContent } from '../../../../src/integrations/social-cards/render.ts';
import { siteCard, type CardLabels } from '../../../../src/integrations/social-cards/content.ts';

const card: CardContent = {
  kicker: 'Causeway · Case study',
  title: '#TheRealChallenge',
  byline: 'UNICEF × EU · 2019',
  footer: 'causeway.example.org',
};

/** A stand-in PNG (signature, the card's title, end chunk) and a count of renders. */
function fakeRenderer() {
  const rendered: string[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const render = async (content: CardContent) => {
    rendered.push(content.title);
    mostAtOnce = Math.max(mostAtOnce, ++running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running--;
    return Uint8Array.from([
      ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      ...Buffer.from(content.title),
      ...[0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82],
    ]);
  };
  return { render, rendered, mostAtOnce: () => mostAtOnce };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'causeway-cards-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('card keys', () => {
  it('are the same for the same content, whatever the key order or absent fields', () => {
    const reordered: CardContent = { footer: card.footer, title: card.title, byline: card.byline, kicker: card.kicker, figure: undefined };
    expect(cardKey(reordered, 't')).toBe(cardKey(card, 't'));
  });

  it('change when any input changes, or the template does', () => {
    const keys = new Set([
      cardKey(card, 't'),
      cardKey({ ...card, title: '#TheRealChallenge!' }, 't'),
      cardKey({ ...card, figure: '230M views' }, 't'),
      cardKey(card, 'u'),
    ]);
    expect(keys.size).toBe(4);
  });

  it('follow the template hash, which changes with any part of the template', () => {
    const base = templateHash(['source', Uint8Array.from([1, 2])]);
    expect(templateHash(['source', Uint8Array.from([1, 2])])).toBe(base);
    expect(templateHash(['source!', Uint8Array.from([1, 2])])).not.toBe(base);
    expect(templateHash(['source', Uint8Array.from([1, 3])])).not.toBe(base);
    // Parts are delimited: moving bytes between parts is a change.
    expect(templateHash(['ab', 'c'])).not.toBe(templateHash(['a', 'bc']));
  });
});

describe('the card cache', () => {
  it('renders a miss once, stores it, and serves it from the folder in a later build', async () => {
    const first = fakeRenderer();
    const build1 = cardCache({ dir, template: 't', render: first.render });
    const png = await build1.get(card);
    expect(first.rendered).toEqual([card.title]);
    expect(build1.stats).toEqual({ reused: 0, rendered: 1 });
    expect(readdirSync(dir)).toEqual([`${cardKey(card, 't')}.png`]);

    const second = fakeRenderer();
    const build2 = cardCache({ dir, template: 't', render: second.render });
    expect(await build2.get(card)).toEqual(png);
    expect(second.rendered).toEqual([]);
    expect(build2.stats).toEqual({ reused: 1, rendered: 0 });
  });

  it('renders again when the content or the template changed', async () => {
    await cardCache({ dir, template: 't', render: fakeRenderer().render }).get(card);
    const renderer = fakeRenderer();
    await cardCache({ dir, template: 't', render: renderer.render }).get({ ...card, title: 'Renamed' });
    await cardCache({ dir, template: 'new template', render: renderer.render }).get(card);
    expect(renderer.rendered).toEqual(['Renamed', card.title]);
  });

  it('renders again when the site moves under a base path, so a card never shows the old address', async () => {
    const labels = { siteName: 'Causeway', title: 'T', tagline: 'Tag', footer: 'Case studies' } as CardLabels;
    const atRoot = siteCard({ url: 'https://owner.github.io', base: '/' }, labels);
    const underBase = siteCard({ url: 'https://owner.github.io', base: '/causeway/' }, labels);
    expect(cardKey(underBase, 't')).not.toBe(cardKey(atRoot, 't'));
    await cardCache({ dir, template: 't', render: fakeRenderer().render }).get(atRoot);
    const renderer = fakeRenderer();
    const cache = cardCache({ dir, template: 't', render: renderer.render });
    await cache.get(underBase);
    expect(cache.stats).toEqual({ reused: 0, rendered: 1 });
  });

  it('renders a damaged file again and replaces it', async () => {
    const file = join(dir, `${cardKey(card, 't')}.png`);
    const good = await cardCache({ dir, template: 't', render: fakeRenderer().render }).get(card);
    for (const damaged of [good.subarray(0, good.length - 3), Buffer.from('not a png at all, not at all'), new Uint8Array()]) {
      writeFileSync(file, damaged);
      const renderer = fakeRenderer();
      expect(await cardCache({ dir, template: 't', render: renderer.render }).get(card)).toEqual(good);
      expect(renderer.rendered).toEqual([card.title]);
      expect(new Uint8Array(readFileSync(file))).toEqual(good);
    }
  });

  it('gives the path of a stored card, rendering it first when missing or damaged', async () => {
    const file = join(dir, `${cardKey(card, 't')}.png`);
    const renderer = fakeRenderer();
    const cache = cardCache({ dir, template: 't', render: renderer.render });
    expect(await cache.file(card)).toBe(file);
    expect(renderer.rendered).toEqual([card.title]);
    const good = readFileSync(file);
    // Stored and whole: not rendered again, and counted as reused by a later build's cache.
    const later = cardCache({ dir, template: 't', render: renderer.render });
    expect(await later.file(card)).toBe(file);
    expect(renderer.rendered).toEqual([card.title]);
    expect(later.stats).toEqual({ reused: 1, rendered: 0 });
    // Cut short (no end chunk): rendered again.
    writeFileSync(file, good.subarray(0, good.length - 5));
    expect(await later.file(card)).toBe(file);
    expect(renderer.rendered).toEqual([card.title, card.title]);
    expect(readFileSync(file)).toEqual(good);
  });

  it('waits for a prefetched render before giving its path', async () => {
    const renderer = fakeRenderer();
    const cache = cardCache({ dir, template: 't', render: renderer.render });
    void cache.prefetch([card]);
    const file = await cache.file(card);
    expect(isCompletePngFile(file)).toBe(true);
    expect(renderer.rendered).toEqual([card.title]);
  });

  it('tells a whole PNG file from a cut or foreign one by its first and last bytes', async () => {
    const good = await cardCache({ dir, template: 't', render: fakeRenderer().render }).get(card);
    const write = (name: string, bytes: Uint8Array) => (writeFileSync(join(dir, name), bytes), join(dir, name));
    expect(isCompletePngFile(write('good.png', good))).toBe(true);
    expect(isCompletePngFile(write('cut.png', good.subarray(0, good.length - 1)))).toBe(false);
    expect(isCompletePngFile(write('text.png', Buffer.from('not a png, and long enough to be read')))).toBe(false);
    expect(isCompletePngFile(write('empty.png', new Uint8Array()))).toBe(false);
    expect(isCompletePngFile(join(dir, 'missing.png'))).toBe(false);
  });

  it('renders prefetched misses ahead, a bounded number at once, each only once', async () => {
    writeFileSync(
      join(dir, `${cardKey({ ...card, title: 'cached' }, 't')}.png`),
      await fakeRenderer().render({ ...card, title: 'cached' }),
    );
    const renderer = fakeRenderer();
    const cache = cardCache({ dir, template: 't', render: renderer.render, concurrency: 3 });
    const cards = ['cached', ...Array.from({ length: 10 }, (_, i) => `card ${i}`)].map((title) => ({ ...card, title }));
    void cache.prefetch(cards);
    void cache.prefetch(cards);
    const pngs = await Promise.all(cards.map((c) => cache.get(c)));
    expect(pngs.map((png) => Buffer.from(png.subarray(8, -12)).toString())).toEqual(cards.map((c) => c.title));
    expect(renderer.rendered.sort()).toEqual(
      cards
        .slice(1)
        .map((c) => c.title)
        .sort(),
    );
    expect(renderer.mostAtOnce()).toBe(3);
    expect(cache.stats).toEqual({ reused: 1, rendered: 10 });
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('reports a render that fails, and leaves no file behind', async () => {
    const cache = cardCache({ dir, template: 't', render: () => Promise.reject(new Error('satori failed')) });
    void cache.prefetch([card]);
    await expect(cache.get(card)).rejects.toThrow('satori failed');
    await expect(cache.get(card)).rejects.toThrow('satori failed');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stores real cards as complete PNGs, keyed by the real renderer', async () => {
    const template = templateHash(['source', ...(await rendererFingerprint())]);
    const png = await cardCache({ dir, template, render: renderCard }).get(card);
    expect(isCompletePng(png)).toBe(true);
    expect(isCompletePng(png.subarray(0, -1))).toBe(false);
  });
});

describe('pruning the card cache', () => {
  it('keeps the given cards and other files, and deletes every other stored card', async () => {
    const cache = cardCache({ dir, template: 't', render: fakeRenderer().render });
    const cards = ['a', 'b', 'c'].map((title) => ({ ...card, title }));
    await Promise.all(cards.map((c) => cache.get(c)));
    writeFileSync(join(dir, 'README'), 'not a card');
    expect(cache.prune(cards.slice(1))).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['README', ...cards.slice(1).map((c) => `${cardKey(c, 't')}.png`)].sort());
  });

  it('does nothing when the folder does not exist yet', () => {
    expect(cardCache({ dir: join(dir, 'missing'), template: 't', render: fakeRenderer().render }).prune([card])).toBe(0);
  });
});
