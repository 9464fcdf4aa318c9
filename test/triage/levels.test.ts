// The design's rule that never bends, over every combination of answers (not a sample): a warning
// sign is never under-triaged, adding a symptom never lowers the level, and the checker's early
// stop never changes the result. Reasons are checked in reasons.test.ts.
import { expect } from '@open-wc/testing';
import { LEVELS } from '../../src/content/levels.js';
import { QUESTIONS, type QuestionId } from '../../src/content/questions.js';
import { WARNING_SIGNS } from '../../src/content/warning-signs.js';
import { isFinished, nextQuestion } from '../../src/triage/stop.js';
import { triage, type Answers } from '../../src/triage/triage.js';
import {
  COMBINATIONS,
  DIMENSIONS,
  FLOOR,
  LEVEL_WORDS,
  RADICES,
  STRIDES,
  TEMPERATURE_CASES,
  describeDigits,
  dimensionOf,
  forEachCombination,
  forEachConsistent,
  forEachInDimension,
  rank,
  reported,
  writeDigit,
} from './answer-space.js';

describe('triage levels over every combination of answers', () => {
  // One triage per combination, kept for the checks below as an index into LEVELS.
  const levels = new Uint8Array(COMBINATIONS);
  let visited = 0;

  before(function () {
    this.timeout(20000);
    const started = performance.now();
    const answers: Answers = {};
    forEachCombination((_, index) => {
      levels[index] = rank(triage(answers).level);
      visited += 1;
    }, answers);
    const ms = Math.round(performance.now() - started);
    const options = RADICES.join(' × ');
    console.log(`levels: triaged ${visited.toLocaleString('en')} combinations of answers (${options}) in ${ms} ms`);
  });

  it('covers every combination: the product of each question’s options and the temperature readings', () => {
    const product = QUESTIONS.reduce((n, question) => n * question.options.length, 1) * TEMPERATURE_CASES.length;
    expect(visited).to.equal(product);
    expect(COMBINATIONS).to.equal(product);
  });

  it('never sends a reader to less care than the most urgent sign she answered yes or not sure to', () => {
    let failures = 0;
    let example = '';
    forEachCombination((digits, index) => {
      if (levels[index]! < FLOOR[reported(digits)]!) {
        failures += 1;
        example ||= describeDigits(digits);
      }
    });
    expect(failures, `under-triaged, e.g. ${example}`).to.equal(0);
  });

  it('never sends a reader to more care than her most urgent sign calls for', () => {
    let failures = 0;
    let example = '';
    forEachCombination((digits, index) => {
      if (levels[index]! > FLOOR[reported(digits)]!) {
        failures += 1;
        example ||= describeDigits(digits);
      }
    });
    expect(failures, `over-triaged, e.g. ${example}`).to.equal(0);
  });

  for (const question of QUESTIONS.filter((q) => q.kind === 'warning-sign')) {
    const floor = Math.max(...question.reasons.map((id) => rank(WARNING_SIGNS.find((sign) => sign.id === id)!.level)));
    it(`a reader who answers yes or not sure to "${question.id}" is always sent to ${LEVEL_WORDS[LEVELS[floor]!]} or more`, () => {
      const d = dimensionOf(question.id);
      let checked = 0;
      let below = 0;
      question.options.forEach((option, digit) => {
        if (option === 'no') return;
        forEachInDimension(d, digit, (index) => {
          if (levels[index]! < floor) below += 1;
          checked += 1;
        });
      });
      expect(below).to.equal(0);
      expect(checked).to.equal((COMBINATIONS / RADICES[d]!) * (question.options.length - 1));
    });
  }

  it('a reader whose thermometer shows 38.0 °C or 100.4 °F is always sent to a provider the same day, whatever she answered', () => {
    const today = rank('see-provider-today');
    const d = dimensionOf('fever', 'temperature');
    let checked = 0;
    let below = 0;
    TEMPERATURE_CASES.forEach((reading, digit) => {
      if (!reading.fever) return;
      forEachInDimension(d, digit, (index) => {
        if (levels[index]! < today) below += 1;
        checked += 1;
      });
    });
    expect(below).to.equal(0);
    expect(checked).to.equal((COMBINATIONS / TEMPERATURE_CASES.length) * TEMPERATURE_CASES.filter((t) => t.fever).length);
  });

  it('adding a symptom never lowers the level: no → yes, no → not sure, and no reading → any reading', () => {
    let pairs = 0;
    let failures = 0;
    DIMENSIONS.forEach((dim, d) => {
      const none = dim.kind === 'answer' ? dim.options.indexOf('no') : 0; // temperature case 0: no reading
      expect(none, `dimension ${d} has a "no"`).to.be.at.least(0);
      for (let other = 0; other < RADICES[d]!; other++) {
        if (other === none) continue;
        const shift = (other - none) * STRIDES[d]!;
        forEachInDimension(d, none, (index) => {
          pairs += 1;
          if (levels[index + shift]! < levels[index]!) failures += 1;
        });
      }
    });
    console.log(`levels: compared ${pairs.toLocaleString('en')} pairs of answers that differ by one added symptom`);
    expect(failures).to.equal(0);
  });

  it('a reader who is not sure is sent to the same level as one who says yes', () => {
    let pairs = 0;
    let failures = 0;
    DIMENSIONS.forEach((dim, d) => {
      if (dim.kind !== 'answer' || !dim.options.includes('not-sure')) return;
      const shift = (dim.options.indexOf('yes') - dim.options.indexOf('not-sure')) * STRIDES[d]!;
      forEachInDimension(d, dim.options.indexOf('not-sure'), (index) => {
        pairs += 1;
        if (levels[index] !== levels[index + shift]) failures += 1;
      });
    });
    expect(failures).to.equal(0);
    expect(pairs).to.be.greaterThan(0);
  });

  it('walking the questions in order and stopping where the checker stops gives the same level as all the answers', () => {
    // Every distinct walk, as a tree: at each step ask nextQuestion() and branch on each answer the
    // reader could give (with each reading, for the fever question). A leaf fixes the digits of the
    // questions asked; every full combination with those digits must triage to the leaf's level.
    const leaves: { digits: (number | undefined)[]; asked: number; level: number }[] = [];
    const explore = (answers: Answers, fixed: (number | undefined)[], asked: QuestionId[]): void => {
      const question = nextQuestion(answers);
      expect(isFinished(answers)).to.equal(question === undefined);
      if (!question) {
        leaves.push({ digits: [...fixed], asked: asked.length, level: rank(triage(answers).level) });
        return;
      }
      // Questions come in QUESTIONS order, none twice: the next one is the first not yet asked.
      expect(question.id).to.equal(QUESTIONS[asked.length]!.id);
      const dims = DIMENSIONS.flatMap((dim, d) => (dim.question === question.id ? [d] : []));
      const branch = (k: number): void => {
        if (k === dims.length) return explore(answers, fixed, [...asked, question.id]);
        const d = dims[k]!;
        for (let digit = 0; digit < RADICES[d]!; digit++) {
          writeDigit(answers, d, digit);
          fixed[d] = digit;
          branch(k + 1);
        }
        fixed[d] = undefined;
        // Back to unanswered.
        const dim = DIMENSIONS[d]!;
        if (dim.kind === 'answer') answers[dim.question] = undefined;
        else answers.temperatureCelsius = undefined;
      };
      branch(0);
    };
    explore({}, DIMENSIONS.map(() => undefined), []);

    const seen = new Uint8Array(COMBINATIONS);
    let failures = 0;
    let example = '';
    for (const leaf of leaves) {
      forEachConsistent(leaf.digits, (index) => {
        seen[index]! += 1;
        if (levels[index] !== leaf.level) {
          failures += 1;
          example ||= `${describeDigits(leaf.digits)} stops at ${LEVELS[leaf.level]}, all answers give ${LEVELS[levels[index]!]}`;
        }
      });
    }
    const asked = leaves.map((leaf) => leaf.asked);
    console.log(
      `stop rule: ${leaves.length} distinct walks cover all ${COMBINATIONS.toLocaleString('en')} combinations; ` +
        `they ask ${Math.min(...asked)} to ${Math.max(...asked)} questions`,
    );
    expect(failures, example).to.equal(0);
    // The walks split the combinations exactly: each combination belongs to one walk.
    expect(seen.every((n) => n === 1)).to.equal(true);
  });

  it('stops at the first warning sign answered yes or not sure, and asks everything of a reader who says no', () => {
    const answers: Answers = {};
    for (const question of QUESTIONS) {
      for (const option of question.options) {
        const trial: Answers = { ...answers, [question.id]: option };
        const signFound = question.kind === 'warning-sign' && option !== 'no';
        const lastQuestion = question === QUESTIONS[QUESTIONS.length - 1];
        expect(isFinished(trial), `${question.id}=${option}`).to.equal(signFound || lastQuestion);
      }
      answers[question.id] = 'no';
    }
  });
});
