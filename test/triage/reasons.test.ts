// Over every combination of answers: the result names exactly the warning signs the reader
// reported, most urgent first, so the banner highlights what she said and nothing else.
import { expect } from '@open-wc/testing';
import type { ReasonId } from '../../src/content/warning-signs.js';
import { triage, type Answers } from '../../src/triage/triage.js';
import {
  COMBINATIONS,
  DIMENSIONS,
  REASON_INDEX,
  STRIDES,
  describeDigits,
  forEachCombination,
  forEachInDimension,
  reported,
} from './answer-space.js';

describe('triage reasons over every combination of answers', () => {
  // One triage per combination, kept as a bit mask over REASON_IDS.
  const masks = new Uint16Array(COMBINATIONS);
  let outOfOrder = 0;
  let example = '';

  before(function () {
    this.timeout(20000);
    const started = performance.now();
    const answers: Answers = {};
    forEachCombination((_, index) => {
      const reasons: readonly ReasonId[] = triage(answers).reasons;
      let mask = 0;
      let previous = -1;
      for (let k = 0; k < reasons.length; k++) {
        const i = REASON_INDEX.get(reasons[k]!)!;
        if (i <= previous) {
          outOfOrder += 1;
          example ||= reasons.join(' ');
        }
        previous = i;
        mask |= 1 << i;
      }
      masks[index] = mask;
    }, answers);
    const ms = Math.round(performance.now() - started);
    console.log(`reasons: triaged ${COMBINATIONS.toLocaleString('en')} combinations of answers in ${ms} ms`);
  });

  it('names exactly the warning signs the reader reported, whatever else she answered', () => {
    let failures = 0;
    let first = '';
    forEachCombination((digits, index) => {
      if (masks[index] !== reported(digits)) {
        failures += 1;
        first ||= describeDigits(digits);
      }
    });
    expect(failures, `wrong reasons, e.g. for ${first}`).to.equal(0);
  });

  it('names them once each, most urgent first, in the order the banner lists them', () => {
    expect(outOfOrder, `out of order or repeated: ${example}`).to.equal(0);
  });

  it('a reader who is not sure hears the same reasons as one who says yes', () => {
    let failures = 0;
    DIMENSIONS.forEach((dim, d) => {
      if (dim.kind !== 'answer' || !dim.options.includes('not-sure')) return;
      const shift = (dim.options.indexOf('yes') - dim.options.indexOf('not-sure')) * STRIDES[d]!;
      forEachInDimension(d, dim.options.indexOf('not-sure'), (index) => {
        if (masks[index] !== masks[index + shift]) failures += 1;
      });
    });
    expect(failures).to.equal(0);
  });
});
