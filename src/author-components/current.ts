/**
 * Author components read the case study being rendered from Astro.locals, set by the
 * case-study page, so contributors write `<Results />` without repeating any data.
 */
import type { Campaign } from '~/data/catalogue.ts';

export function currentCampaign(locals: App.Locals, component: string): Campaign {
  if (!locals.campaign) throw new Error(`<${component} /> can only be used in a case study (content/campaigns/*.mdx).`);
  return locals.campaign;
}
