/** Prose that copies a passage (src/lib/content/copying.ts): 12 words in a row, outside quotation marks. */
import { describe, expect, it } from 'vitest';
import { COPY_RUN, copiedRun, passageRuns, withoutQuotations } from '../../../src/lib/content/copying.ts';

const passage = 'NGOs are tapping into the potential of the platform to reach young people where they are every day.';

describe('copiedRun', () => {
  it(`finds a run of ${COPY_RUN} or more of a passage's words, whatever the case and punctuation`, () => {
    expect(copiedRun('In short, ngos are tapping into the potential of the platform, to reach young people where they are.', passageRuns([passage]))).toBe(
      'ngos are tapping into the potential of the platform to reach young people where they are',
    );
  });
  it('lets a shorter echo pass, and words in quotation marks', () => {
    expect(copiedRun('NGOs are tapping into the potential of the platform, the blog says.', passageRuns([passage]))).toBeUndefined();
    expect(copiedRun('The blog said “NGOs are tapping into the potential of the platform to reach young people where they are”.', passageRuns([passage]))).toBeUndefined();
  });
});

describe('withoutQuotations', () => {
  it('drops what curly, straight or French quotation marks enclose', () => {
    expect(withoutQuotations('a “b” c "d" e «f» g').replace(/\s+/g, ' ')).toBe('a c e g');
  });
});
