/** The documentation of the open-data files (src/lib/open-data/fields.ts) covers what records.ts exports. */
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_FIELDS } from '../../../src/lib/open-data/fields.ts';
import { CASE_STUDY_COLUMNS, OPEN_DATA_COLLECTIONS } from '../../../src/lib/open-data/records.ts';

describe('OPEN_DATA_FIELDS', () => {
  it('documents every collection file', () => {
    expect(Object.keys(OPEN_DATA_FIELDS.collections).sort()).toEqual([...OPEN_DATA_COLLECTIONS].sort());
  });
});

describe('OPEN_DATA_FIELDS.caseStudies', () => {
  it('documents every column of case-studies.csv, in the file’s order', () => {
    expect(Object.keys(OPEN_DATA_FIELDS.caseStudies)).toEqual([...CASE_STUDY_COLUMNS]);
  });
});
