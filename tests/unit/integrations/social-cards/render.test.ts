import { describe, expect, it } from 'vitest';
import { pngSize } from '../../../helpers/png.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, renderCard, titleSize } from '../../../../src/integrations/social-cards/render.ts';

const card = {
  kicker: 'Causeway · Case study',
  title: '#TheRealChallenge',
  byline: 'UNICEF × EU · 2019',
  figure: '230M–380M views',
  figureNote: '7 sources',
  footer: 'causeway.example.org',
};

describe('social cards', () => {
  it('renders a 1200×630 PNG from the bundled font, offline', async () => {
    const png = await renderCard(card);
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });

  it('puts every part of the content on the card, and leaves out what is missing', () => {
    const texts = JSON.stringify(cardTree(card));
    for (const text of Object.values(card)) expect(texts).toContain(text);
    expect(JSON.stringify(cardTree({ kicker: 'k', title: 't', footer: 'f' }))).not.toContain('undefined');
  });

  it('shrinks long titles so they fit', () => {
    expect(titleSize('#TheRealChallenge')).toBeGreaterThan(titleSize('A much longer campaign title that runs over two lines at least'));
  });

  it('draws letters beyond Latin from the Latin Extended files, not as blanks', async () => {
    // Only the Latin Extended files have "Ł": without them it would be missing, drawn as nothing
    // or as the font's empty-glyph box, the same as "?" never is. A card naming Łódź still works.
    const draw = async (title: string) => Buffer.from(await renderCard({ ...card, title }));
    const [extended, notdef] = await Promise.all([draw('Łodz Łodz'), draw('\uE000odz \uE000odz')]);
    expect(extended.equals(notdef)).toBe(false);
  });

  it('reads PNG headers and refuses other bytes', () => {
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(pngSize(new TextEncoder().encode('GIF89a'.padEnd(30, ' ')))).toBeUndefined();
  });
});
