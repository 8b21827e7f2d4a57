import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardWorkers } from '../../../../src/integrations/social-cards/workers.ts';
import { renderCard, type CardContent } from '../../../../src/integrations/social-cards/render.ts';

describe('social cards drawn on worker threads', () => {
  const pool = cardWorkers(resolve('src/integrations/social-cards/worker.ts'), 2);
  afterAll(() => pool.close());
  const card = (title: string): CardContent => ({ kicker: 'CAUSEWAY · CASE STUDY', title, byline: 'UNICEF · 2019', footer: 'example.org' });

  it('draw the very PNG this thread would, for more cards than there are workers', async () => {
    const titles = ['One', 'Two', 'Three', 'Four', 'Five'];
    const drawn = await Promise.all(titles.map((title) => pool.render(card(title))));
    for (const [i, title] of titles.entries()) expect(Buffer.from(drawn[i]!).equals(Buffer.from(await renderCard(card(title))))).toBe(true);
  });

  it('reject a card that cannot be drawn, and go on with the next', async () => {
    await expect(pool.render({ title: 'x' } as unknown as CardContent)).rejects.toThrow(/A social card could not be drawn/);
    expect((await pool.render(card('After'))).length).toBeGreaterThan(1_000);
  });

  it('fail what is still queued once closed', async () => {
    const closing = cardWorkers(resolve('src/integrations/social-cards/worker.ts'), 1);
    const queued = closing.render(card('Never'));
    await closing.close();
    await expect(queued).rejects.toThrow(/closed/);
  });
});
