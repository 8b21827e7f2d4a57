/**
 * A worker thread that draws social cards (see card-workers.ts): it receives a card's content
 * and answers with its PNG. Run by Node directly, not bundled, so it imports with relative
 * .ts paths only.
 */
import { parentPort } from 'node:worker_threads';
import { renderCard, type CardContent } from './social-card.ts';

parentPort!.on('message', (message: { id: number; card: CardContent }) => {
  renderCard(message.card).then(
    (png) => parentPort!.postMessage({ id: message.id, png }, [png.buffer]),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: String(error) }),
  );
});
