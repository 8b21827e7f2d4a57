/**
 * A content-addressed store of rendered social cards, so a build renders only the cards whose
 * words or template changed. A card's file name is the hash of its content together with the
 * template's hash (the renderer's source, its fonts and library versions): change either and
 * the key changes, so a stale card is never served and nothing needs invalidating. The folder
 * persists between builds (git-ignored; cached in CI). Misses render in a bounded pool, because
 * sharp encodes PNGs on libuv's threads while satori lays out the next card on the main one.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { CardContent } from './render.ts';

/** The hash of everything that decides how a card looks, given as texts and bytes in a fixed order. */
export function templateHash(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    // Length-prefixed, so that moving a byte from one part to the next changes the hash.
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * The file name of a card: the same for equal content (whatever the key order), new for any
 * change. Every word the card prints is content, the site's address with its base path too
 * (content.ts), so a build under another SITE_URL or BASE_PATH never reuses a card of the old one.
 */
export function cardKey(card: CardContent, template: string): string {
  const fields = Object.entries(card)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256').update(template).update('\0').update(JSON.stringify(fields)).digest('hex').slice(0, 32);
}

/** The name of a stored card: its key and `.png`. */
const CARD_FILE = /^[0-9a-f]{32}\.png$/;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IEND = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

/** A whole PNG: its signature first and its end chunk last, so a truncated or foreign file is a miss. */
export function isCompletePng(bytes: Uint8Array): boolean {
  if (bytes.length < SIGNATURE.length + IEND.length) return false;
  const end = bytes.subarray(bytes.length - IEND.length);
  return SIGNATURE.every((b, i) => bytes[i] === b) && IEND.every((b, i) => end[i] === b);
}

/**
 * Whether the file is a whole PNG, reading only its first and last bytes: what `isCompletePng`
 * checks, without reading a cache of thousands of cards whole to hand their paths on.
 */
export function isCompletePngFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const { size } = fstatSync(fd);
    if (size < SIGNATURE.length + IEND.length) return false;
    const head = Buffer.alloc(SIGNATURE.length);
    const tail = Buffer.alloc(IEND.length);
    readSync(fd, head, 0, head.length, 0);
    readSync(fd, tail, 0, tail.length, size - IEND.length);
    return isCompletePng(Buffer.concat([head, tail]));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface CardCacheOptions {
  /** The cache folder; created on first write. */
  dir: string;
  /** `templateHash` of the renderer. */
  template: string;
  render: (card: CardContent) => Promise<Uint8Array>;
  /** Renders at once, at most; defaults to the number of cores. */
  concurrency?: number;
}

export interface CardCache {
  /** The card's PNG, from the folder or rendered and stored. */
  get(card: CardContent): Promise<Uint8Array<ArrayBuffer>>;
  /** The path of the card's stored PNG, rendered first if it is missing or damaged. */
  file(card: CardContent): Promise<string>;
  /**
   * Starts rendering every card not in the folder in the background, so that later `get`s find
   * it ready; the promise settles once all of them have (a failed one is rendered again, and
   * reported, by `get`).
   */
  prefetch(cards: Iterable<CardContent>): Promise<void>;
  /** Deletes the stored cards that are none of `cards`, so the folder holds one site's cards, not every version's. */
  prune(cards: Iterable<CardContent>): number;
  /** Cards read from the folder that this cache did not render, and cards it rendered, so far. */
  readonly stats: { reused: number; rendered: number };
}

export function cardCache({ dir, template, render, concurrency = availableParallelism() }: CardCacheOptions): CardCache {
  const stats = { reused: 0, rendered: 0 };
  // Renders under way or waiting for a place, by key; each ends with the file written.
  const pending = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  const renderedKeys = new Set<string>();
  const queue: (() => void)[] = [];
  let running = 0;
  const fileOf = (key: string) => join(dir, `${key}.png`);

  const read = (file: string): Uint8Array<ArrayBuffer> | undefined => {
    try {
      const bytes = new Uint8Array(readFileSync(file));
      return isCompletePng(bytes) ? bytes : undefined;
    } catch {
      return undefined;
    }
  };

  // A place in the pool is taken at once when free, else handed over by the render that ends.
  const acquire = async () => {
    if (running < Math.max(1, concurrency)) running++;
    else await new Promise<void>((resolve) => queue.push(resolve));
  };
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };

  function renderAndStore(key: string, card: CardContent): Promise<Uint8Array<ArrayBuffer>> {
    const job = (async () => {
      await acquire();
      try {
        const bytes = new Uint8Array(await render(card));
        stats.rendered++;
        renderedKeys.add(key);
        mkdirSync(dir, { recursive: true });
        // Written beside and renamed into place: a build stopped halfway never leaves half a card.
        const partial = `${fileOf(key)}.${process.pid}.partial`;
        writeFileSync(partial, bytes);
        renameSync(partial, fileOf(key));
        return bytes;
      } finally {
        release();
        pending.delete(key);
      }
    })();
    pending.set(key, job);
    return job;
  }

  return {
    stats,
    async get(card) {
      const key = cardKey(card, template);
      const job = pending.get(key);
      if (job) return job;
      const bytes = read(fileOf(key));
      if (!bytes) return renderAndStore(key, card);
      if (!renderedKeys.has(key)) stats.reused++;
      return bytes;
    },
    async file(card) {
      const key = cardKey(card, template);
      const job = pending.get(key);
      if (job) await job;
      else if (!isCompletePngFile(fileOf(key))) await renderAndStore(key, card);
      else if (!renderedKeys.has(key)) stats.reused++;
      return fileOf(key);
    },
    prune(cards) {
      const keep = new Set([...cards].map((card) => `${cardKey(card, template)}.png`));
      let removed = 0;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return 0;
      }
      // Only files this cache names: anything else in the folder is left alone.
      for (const name of names) {
        if (!CARD_FILE.test(name) || keep.has(name)) continue;
        rmSync(join(dir, name), { force: true });
        removed++;
      }
      return removed;
    },
    async prefetch(cards) {
      const jobs: Promise<unknown>[] = [];
      for (const card of cards) {
        const key = cardKey(card, template);
        // Only missing files: a damaged one is found, and rendered again, by `get`.
        if (pending.has(key) || existsSync(fileOf(key))) continue;
        // A failed render is not lost: `get` finds no file, renders again and reports the error.
        jobs.push(renderAndStore(key, card).catch(() => undefined));
      }
      await Promise.all(jobs);
    },
  };
}
