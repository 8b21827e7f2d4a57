/** Where a case study points at other entries (src/lib/model/references.ts), the planners' fields included. */
import { describe, expect, it } from 'vitest';
import { brokenReferenceMessage, campaignReferences, citedSourceIds } from '../../../src/lib/model/references.ts';
import type { CampaignData } from '../../../src/schemas/campaign.ts';

const cited = (source: string) => ({ source, passage: 'The words.' });
const data: Parameters<typeof campaignReferences>[0] = {
  organisations: [{ id: 'unicef', role: 'lead' }],
  causes: ['climate-action'],
  mechanics: [],
  metrics: [{ kind: 'views', value: 1, qualifier: 'exact', scope: { type: 'campaign' }, platform: 'tiktok', source: 'press' }],
  quotations: [],
  lessons: [],
  sources: ['further'],
  objectives: [{ id: 'awareness', text: 'An aim.', ...cited('plan') }],
  targets: [{ kind: 'views', value: 5, qualifier: 'exact', scope: { type: 'campaign' }, ...cited('press') }],
  resources: [{ kind: 'budget', value: 5, qualifier: 'exact', currency: 'EUR', ...cited('budget-report') }],
  awards: [{ show: 'cannes-lions', year: 2021, category: 'Social', level: 'silver', ...cited('lovethework') }],
} satisfies Pick<CampaignData, keyof Parameters<typeof campaignReferences>[0]>;

describe('campaignReferences', () => {
  it('names the objective’s kind and every source of the planners’ fields, with the field a contributor would look at', () => {
    expect(campaignReferences(data).slice(-5)).toEqual([
      { field: 'objectives[0].id', collection: 'objectives', id: 'awareness' },
      { field: 'objectives[0].source', collection: 'sources', id: 'plan' },
      { field: 'targets[0].source', collection: 'sources', id: 'press' },
      { field: 'resources[0].source', collection: 'sources', id: 'budget-report' },
      { field: 'awards[0].source', collection: 'sources', id: 'lovethework' },
    ]);
  });
  it('numbers their sources after every other, so that adding them never renumbers a citation of the prose', () => {
    expect(citedSourceIds(data)).toEqual(['press', 'further', 'plan', 'budget-report', 'lovethework']);
  });
});

describe('brokenReferenceMessage', () => {
  it('lists every objective id, as the list is short and fixed', () => {
    expect(
      brokenReferenceMessage({ field: 'objectives[0].id', collection: 'objectives', id: 'awarness' }, ['reputation', 'awareness']),
    ).toBe(
      'objectives[0].id: "awarness" is not an entry of objectives. Fix: use one of awareness, reputation (the files in content/objectives/).',
    );
  });
  it('offers the nearest id of a longer collection instead', () => {
    expect(brokenReferenceMessage({ field: 'causes[0]', collection: 'causes', id: 'climat-action' }, ['climate-action', 'refugees'])).toBe(
      'causes[0]: "climat-action" is not an entry of causes. Fix: did you mean "climate-action"? Otherwise add content/causes/climat-action.yaml, or use an existing id.',
    );
  });
});
