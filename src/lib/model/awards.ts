/**
 * Awards across the catalogue, for /awards/: every award of every case study under its show and
 * the year of the show's edition. Shows keep the vocabulary's order, years run newest first, and
 * within a year the highest level comes first, so a Grand Prix is never listed under a shortlist.
 */
import {
  AWARD_LEVEL_LABELS,
  AWARD_LEVELS,
  AWARD_SHOW_LABELS,
  AWARD_SHOWS,
  type AwardLevel,
  type AwardShow,
} from '../../schemas/vocabulary.ts';

/** The fields of an award this module reads. */
export interface AwardLike {
  show: AwardShow;
  year: number;
  level: AwardLevel;
  category: string;
}

/** One award with the case study that won it. */
export interface AwardOf<C, A extends AwardLike = AwardLike> {
  campaign: C;
  award: A;
}

/** A show's awards, year by year. */
export interface ShowAwards<C, A extends AwardLike = AwardLike> {
  show: AwardShow;
  years: { year: number; awards: AwardOf<C, A>[] }[];
}

/**
 * Every award of `campaigns` by show, then year. Shows and years without awards are left out;
 * awards of one level keep the order of the campaigns, and of each campaign's list.
 */
export function awardsByShow<C extends { awards: readonly A[] }, A extends AwardLike>(campaigns: readonly C[]): ShowAwards<C, A>[] {
  const all = campaigns.flatMap((campaign) => campaign.awards.map((award) => ({ campaign, award })));
  return AWARD_SHOWS.flatMap((show) => {
    const ofShow = all.filter((a) => a.award.show === show);
    const years = [...new Set(ofShow.map((a) => a.award.year))].sort((a, b) => b - a);
    return years.length === 0
      ? []
      : [
          {
            show,
            years: years.map((year) => ({
              year,
              awards: ofShow
                .filter((a) => a.award.year === year)
                // A stable sort: equal levels stay in campaign order.
                .sort((a, b) => AWARD_LEVELS.indexOf(a.award.level) - AWARD_LEVELS.indexOf(b.award.level)),
            })),
          },
        ];
  });
}

/** An award in one line, for the facts panel and the open data: "Cannes Lions 2021: Silver, Social & Influencer". */
export const awardLine = (award: AwardLike) =>
  `${AWARD_SHOW_LABELS[award.show]} ${award.year}: ${AWARD_LEVEL_LABELS[award.level]}, ${award.category}`;

/** The anchor of a show's section on /awards/, which a case study's award links to. */
export const awardShowAnchor = (show: AwardShow) => `show-${show}`;
