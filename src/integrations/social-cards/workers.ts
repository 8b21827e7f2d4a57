/**
 * Social cards drawn on worker threads. satori lays a card out in JavaScript, on whichever
 * thread calls it; in the build that is Astro's only thread, which meanwhile has a thousand
 * pages to render. Workers leave that thread to the pages, so a cold build draws cards and
 * renders pages at once, on every core. Each worker takes one card at a time; the pool hands a
 * card to whichever worker is free.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardContent } from './render.ts';

export interface CardWorkers {
  render(card: CardContent): Promise<Uint8Array<ArrayBuffer>>;
  /** Ends the workers; renders still queued fail. */
  close(): Promise<void>;
}

type Reply = { id: number; png: Uint8Array<ArrayBuffer>; error?: undefined } | { id: number; error: string };

/**
 * A pool of `size` workers running `script` (worker.ts, whose path the caller gets from
 * `workerScript()` in index.ts: bundled code cannot find it itself). The workers do not keep
 * the process alive: once the build is done, it exits.
 */
export function cardWorkers(script: string, size = availableParallelism()): CardWorkers {
  const idle: Worker[] = [];
  const waiting: { id: number; card: CardContent }[] = [];
  const pending = new Map<number, { resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void }>();
  let next = 0;
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(script);
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const job = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.error !== undefined) job?.reject(new Error(`A social card could not be drawn: ${reply.error}`));
      else job?.resolve(reply.png);
      dispatch(worker);
    });
    worker.on('error', (error: Error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    return worker;
  });
  function dispatch(worker: Worker) {
    const job = waiting.shift();
    if (job) worker.postMessage(job);
    else idle.push(worker);
  }
  idle.push(...workers);
  return {
    render(card) {
      const id = next++;
      const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => pending.set(id, { resolve, reject }));
      const worker = idle.pop();
      if (worker) worker.postMessage({ id, card });
      else waiting.push({ id, card });
      return done;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
      for (const job of pending.values()) job.reject(new Error('The card workers were closed.'));
      pending.clear();
    },
  };
}
