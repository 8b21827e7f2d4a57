/**
 * Writes the build's social cards into dist/cards/ once Astro has rendered every page.
 *
 * Not as a route's output: Astro renders routes one path at a time, so at the card route its one
 * thread would wait for the card workers while every later route waited too. Instead the card
 * route (src/pages/cards/[card].png.ts) starts drawing the missing cards on worker threads and
 * hands this integration the job; Astro renders the pages meanwhile and this hook waits only for
 * what is left. In `astro dev` the route serves cards itself.
 *
 * dist/cards/ is this integration's own: it links each card from the card cache (copying where
 * a link cannot be made), leaves a card that is already that file in place, and removes any
 * other file, so the folder holds exactly this build's cards. stale-output leaves it alone.
 * A linked card and its cached file are one file: nothing edits dist/ in place after the build,
 * and a step that ever did would have to copy first, or it would change the cached card too.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** dist/'s folder of social cards (see paths.card). */
export const CARDS_DIR = 'cards';

/** A card to publish: its file name in dist/cards/ and the stored PNG it is. */
export interface CardFile {
  name: string;
  file: string;
}

// The route runs in Astro's bundled build code, this integration in astro.config's: two copies
// of this module, so they meet through a global, under a key both copies share. The integration
// opens the slot when a build starts; the dev server never does.
const JOB = Symbol.for('causeway:social-card-job');
type Slot = { job?: Promise<CardFile[]>; worker: string };
type Holder = { [JOB]?: Slot };

/**
 * Whether the social-cards integration will write the cards: true in a build. (Not
 * `import.meta.env.PROD`, which is false in a build run under NODE_ENV=test, as the tests' are.)
 */
export const cardsWrittenByIntegration = (): boolean => (globalThis as Holder)[JOB] !== undefined;

/**
 * The card worker's script, next to this module. Read from astro.config's copy of the module, as
 * the bundled copy's own address is a chunk in dist/, not this folder.
 */
export const WORKER_SCRIPT = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** The worker script the integration passed on to the bundled card route in a build. */
export function workerScript(): string {
  const slot = (globalThis as Holder)[JOB];
  if (!slot) throw new Error('workerScript() called outside a build: the social-cards integration is not running.');
  return slot.worker;
}

/** Called by the card route in a build: the cards it is drawing, to be written once Astro is done. */
export function handOverCards(job: Promise<CardFile[]>): void {
  const slot = (globalThis as Holder)[JOB];
  if (!slot) throw new Error('handOverCards() called outside a build: the social-cards integration is not running.');
  // Marked as handled here, or a card that fails before the build ends would crash the process
  // without the error naming the card; the hook below awaits the job and reports it.
  job.catch(() => undefined);
  slot.job = job;
}

/** What `writeCards` did, for the build log and tests. */
export interface WriteReport {
  written: number;
  kept: number;
  removed: number;
}

/**
 * Makes `dir` hold exactly `cards`: each one linked to its stored file (a copy if the file system
 * refuses the link), one that is already that file kept as it is, and every other file removed.
 */
export function writeCards(dir: string, cards: readonly CardFile[]): WriteReport {
  mkdirSync(dir, { recursive: true });
  const report: WriteReport = { written: 0, kept: 0, removed: 0 };
  const wanted = new Set(cards.map((card) => card.name));
  for (const name of readdirSync(dir)) {
    if (wanted.has(name)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    report.removed++;
  }
  for (const { name, file } of cards) {
    const target = join(dir, name);
    if (existsSync(target)) {
      const [a, b] = [statSync(target), statSync(file)];
      if (a.ino === b.ino && a.dev === b.dev) {
        report.kept++;
        continue;
      }
      rmSync(target);
    }
    try {
      linkSync(file, target);
    } catch {
      // Another device, or a file system without hard links.
      copyFileSync(file, target);
    }
    report.written++;
  }
  return report;
}

export default function socialCards(): AstroIntegration {
  return {
    name: 'causeway:social-cards',
    hooks: {
      'astro:build:start': () => {
        (globalThis as Holder)[JOB] = { worker: WORKER_SCRIPT };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const job = (globalThis as Holder)[JOB]?.job;
        delete (globalThis as Holder)[JOB];
        if (!job) throw new Error('No social cards were handed over: did src/pages/cards/[card].png.ts stop calling handOverCards()?');
        const { written, kept, removed } = writeCards(join(fileURLToPath(dir), CARDS_DIR), await job);
        logger.info(`Social cards: ${written} written, ${kept} unchanged${removed ? `, ${removed} removed` : ''}.`);
      },
    },
  };
}
