/**
 * A worker thread that draws social cards (see workers.ts): it receives a card's content
 * and answers with its PNG. Run by Node directly, not bundled, so it imports with relative
 * .ts paths only.
 */
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { renderCard, type CardContent } from './render.ts';

// One libvips thread per worker: the pool already runs a worker per core, and more threads per
// worker only contend with each other and with Astro's thread.
sharp.concurrency(1);

parentPort!.on('message', (message: { id: number; card: CardContent }) => {
  renderCard(message.card).then(
    (png) => parentPort!.postMessage({ id: message.id, png }, [png.buffer]),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: String(error) }),
  );
});
