import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import socialCards, {
  WORKER_SCRIPT,
  cardsWrittenByIntegration,
  handOverCards,
  workerScript,
  writeCards,
} from '../../../../src/integrations/social-cards/index.ts';

let root: string;
let cache: string;
let out: string;
const stored = (name: string, text: string) => {
  const file = join(cache, name);
  writeFileSync(file, text);
  return file;
};
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'causeway-social-cards-'));
  cache = join(root, 'cache');
  out = join(root, 'dist', 'cards');
  mkdirSync(cache);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writing the cards into dist/', () => {
  it('writes each card under its name, as the stored file', () => {
    const cards = [
      { name: 'a.png', file: stored('k1.png', 'card a') },
      { name: 'b.png', file: stored('k2.png', 'card b') },
    ];
    expect(writeCards(out, cards)).toEqual({ written: 2, kept: 0, removed: 0 });
    expect(readdirSync(out).sort()).toEqual(['a.png', 'b.png']);
    expect(readFileSync(join(out, 'a.png'), 'utf8')).toBe('card a');
    // A link, not a copy: a build at thousands of cards writes no card's bytes again.
    expect(statSync(join(out, 'b.png')).ino).toBe(statSync(cards[1]!.file).ino);
  });

  it('keeps a card that is already its stored file, replaces one whose words changed and removes the rest', () => {
    const a = stored('k1.png', 'card a');
    writeCards(out, [
      { name: 'a.png', file: a },
      { name: 'b.png', file: stored('k2.png', 'card b, old words') },
      { name: 'gone.png', file: stored('k3.png', 'a deleted case study') },
    ]);
    writeFileSync(join(out, 'stray.txt'), 'not a card');
    const report = writeCards(out, [
      { name: 'a.png', file: a },
      { name: 'b.png', file: stored('k4.png', 'card b, new words') },
    ]);
    expect(report).toEqual({ written: 1, kept: 1, removed: 2 });
    expect(readdirSync(out).sort()).toEqual(['a.png', 'b.png']);
    expect(readFileSync(join(out, 'b.png'), 'utf8')).toBe('card b, new words');
  });
});

describe('the hand-over from the card route', () => {
  const hooks = socialCards().hooks as Record<string, (options: unknown) => Promise<void> | void>;
  const logged: string[] = [];
  const done = () =>
    hooks['astro:build:done']!({ dir: new URL(`file://${join(root, 'dist')}/`), logger: { info: (m: string) => logged.push(m) } });

  it('is open only during a build, and writes what the route handed over once the build is done', async () => {
    expect(cardsWrittenByIntegration()).toBe(false);
    expect(() => handOverCards(Promise.resolve([]))).toThrow(/outside a build/);
    await hooks['astro:build:start']!({});
    expect(cardsWrittenByIntegration()).toBe(true);
    handOverCards(Promise.resolve([{ name: 'a.png', file: stored('k1.png', 'card a') }]));
    await done();
    expect(readFileSync(join(out, 'a.png'), 'utf8')).toBe('card a');
    expect(logged.at(-1)).toMatch(/1 written/);
    expect(cardsWrittenByIntegration()).toBe(false);
  });

  it('fails the build when no cards were handed over, or a card failed', async () => {
    await hooks['astro:build:start']!({});
    await expect(done()).rejects.toThrow(/No social cards were handed over/);
    await hooks['astro:build:start']!({});
    handOverCards(Promise.reject(new Error('A social card could not be drawn: bad font')));
    await expect(done()).rejects.toThrow(/bad font/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the worker script', () => {
  it('is the worker module beside the integration, passed on to the card route in a build', async () => {
    expect(WORKER_SCRIPT).toBe(join(import.meta.dirname, '..', '..', '..', '..', 'src', 'integrations', 'social-cards', 'worker.ts'));
    expect(existsSync(WORKER_SCRIPT)).toBe(true);
    expect(() => workerScript()).toThrow(/outside a build/);
    const hooks = socialCards().hooks as Record<string, (options: unknown) => Promise<void> | void>;
    await hooks['astro:build:start']!({});
    expect(workerScript()).toBe(WORKER_SCRIPT);
    // Close the slot again, as the end of a build does.
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('causeway:social-card-job')];
  });
});
