/** The awards across the catalogue, by show and year (src/lib/model/awards.ts), as /awards/ lists them. */
import { describe, expect, it } from 'vitest';
import { awardLine, awardShowAnchor, awardsByShow, type AwardLike } from '../../../src/lib/model/awards.ts';

const award = (show: AwardLike['show'], year: number, level: AwardLike['level'], category = 'Social'): AwardLike => ({
  show,
  year,
  level,
  category,
});

describe('awardsByShow', () => {
  // Newest case study first, as the catalogue orders them.
  const newer = { id: 'newer', awards: [award('webby-awards', 2022, 'shortlist'), award('cannes-lions', 2021, 'bronze')] };
  const older = {
    id: 'older',
    awards: [award('cannes-lions', 2021, 'grand-prix'), award('cannes-lions', 2020, 'gold'), award('cannes-lions', 2021, 'bronze', 'Film')],
  };
  const none = { id: 'none', awards: [] };
  const shows = awardsByShow([newer, none, older]);
  const summary = shows.map(({ show, years }) => [
    show,
    years.map(({ year, awards }) => [year, awards.map((a) => `${a.campaign.id} ${a.award.level} ${a.award.category}`)]),
  ]);

  it('lists shows in the vocabulary’s order, years newest first, the highest level first, ties in the campaigns’ order', () => {
    expect(summary).toEqual([
      [
        'cannes-lions',
        [
          [2021, ['older grand-prix Social', 'newer bronze Social', 'older bronze Film']],
          [2020, ['older gold Social']],
        ],
      ],
      ['webby-awards', [[2022, ['newer shortlist Social']]]],
    ]);
  });
  it('has no show, and no year, without an award', () => {
    expect(awardsByShow([none])).toEqual([]);
  });
});

describe('awardLine and awardShowAnchor', () => {
  it('name an award in one line, as the awards body’s words and our labels give it, and a show’s section of /awards/', () => {
    expect(awardLine(award('cannes-lions', 2021, 'silver', 'Social & Influencer'))).toBe('Cannes Lions 2021: Silver, Social & Influencer');
    expect(awardLine(award('d-and-ad', 2020, 'grand-prix', 'Impact'))).toBe('D&AD Awards 2020: Grand Prix, Impact');
    expect(awardShowAnchor('shorty-impact-awards')).toBe('show-shorty-impact-awards');
  });
});
