// Proves the design's rule that never bends, over every combination of answers (not a sample):
// a warning sign is never under-triaged, adding a symptom never lowers the level, and the
// checker's early stop never changes the result.
import { expect } from '@open-wc/testing';
import { LEVELS, type Level } from '../../src/content/levels.js';
import { QUESTIONS, type QuestionId } from '../../src/content/questions.js';
import { REASON_IDS, WARNING_SIGNS, type ReasonId } from '../../src/content/warning-signs.js';
import { isFinished, nextQuestion } from '../../src/triage/stop.js';
import { triage, type Answers } from '../../src/triage/triage.js';
import {
  COMBINATIONS,
  DIMENSIONS,
  RADICES,
  STRIDES,
  TEMPERATURE_CASES,
  dimensionOf,
  forEachCombination,
  writeDigit,
} from './answer-space.js';

// The tests' own oracle, from the warning-sign list the banner shows (not from the rules table).
const rank = (level: Level) => LEVELS.indexOf(level);
const SIGN_RANK = new Map<ReasonId, number>(WARNING_SIGNS.map((sign) => [sign.id, rank(sign.level)]));
const REASON_BIT = new Map<ReasonId, number>(REASON_IDS.map((id, i) => [id, 1 << i]));
const bit = (id: ReasonId) => REASON_BIT.get(id)!;

const FEVER = dimensionOf('fever');
const READING = dimensionOf('fever', 'temperature');
const YOUNG_BABY = dimensionOf('young-baby');

/** A clear "no" is the only answer that rules a sign out; "not sure" counts as yes (our policy). */
function saidYes(digits: Uint8Array, d: number): boolean {
  const dim = DIMENSIONS[d]!;
  return dim.kind === 'answer' && dim.options[digits[d]!] !== 'no';
}

// For speed over millions of combinations: per dimension and digit, the signs that answer reports
// on its own (a bit mask over REASON_IDS), and for every mask the rank of its most urgent sign.
const ALONE: readonly (readonly number[])[] = DIMENSIONS.map((dim) => {
  if (dim.kind === 'temperature') return dim.cases.map(() => 0);
  const question = QUESTIONS.find((q) => q.id === dim.question)!;
  const mask = question.reasons.reduce((m: number, id: ReasonId) => m | bit(id), 0);
  return dim.options.map((option) => (option === 'no' ? 0 : mask));
});
const FLOOR = new Uint8Array(2 ** REASON_IDS.length).map((_, mask) =>
  REASON_IDS.reduce((floor, id) => (mask & bit(id) ? Math.max(floor, SIGN_RANK.get(id)!) : floor), 0),
);

/** The warning signs a reader reported, per the guidance, as a bit mask over REASON_IDS. */
function reported(digits: Uint8Array): number {
  let mask = 0;
  for (let d = 0; d < digits.length; d++) mask |= ALONE[d]![digits[d]!]!;
  // A reading of 38.0 °C (100.4 °F) or more is a fever whatever she answered; a fever with a baby
  // under two weeks is a sign of its own.
  const fever = saidYes(digits, FEVER) || TEMPERATURE_CASES[digits[READING]!]!.fever;
  if (fever) mask |= bit('fever');
  if (fever && saidYes(digits, YOUNG_BABY)) mask |= bit('young-baby-fever');
  return mask;
}

const LEVEL_WORDS: Record<Level, string> = {
  'self-care': 'self-care',
  'see-provider': 'an appointment',
  'see-provider-today': 'a provider the same day',
  emergency: 'emergency care',
};

const describeDigits = (digits: Uint8Array) =>
  DIMENSIONS.map((dim, d) =>
    dim.kind === 'answer' ? `${dim.question}=${dim.options[digits[d]!]}` : `reading=${dim.cases[digits[d]!]!.label}`,
  ).join(', ');

describe('triage over every combination of answers', () => {
  // One triage per combination, kept for the checks below: level as an index into LEVELS, reasons
  // as a bit mask over REASON_IDS.
  const levels = new Uint8Array(COMBINATIONS);
  const reasonMasks = new Uint16Array(COMBINATIONS);
  let visited = 0;

  before(function () {
    this.timeout(20000);
    const started = performance.now();
    const answers: Answers = {};
    forEachCombination((_, index) => {
      const result = triage(answers);
      levels[index] = rank(result.level);
      let mask = 0;
      for (const id of result.reasons) mask |= bit(id);
      reasonMasks[index] = mask;
      visited += 1;
    }, answers);
    const options = RADICES.map((r) => String(r)).join(' × ');
    const ms = Math.round(performance.now() - started);
    console.log(`triage: checked ${visited.toLocaleString('en')} combinations of answers (${options}) in ${ms} ms`);
  });

  afterEach(function () { console.log('T', this.currentTest?.duration, this.currentTest?.title.slice(0, 50)); });
  it('covers every combination: the product of each question’s options and the temperature cases', () => {
    const product =
      QUESTIONS.reduce((n, question) => n * question.options.length, 1) * TEMPERATURE_CASES.length;
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

  it('never sends a reader to more care than her answers call for, and names exactly the signs she reported', () => {
    let failures = 0;
    let example = '';
    forEachCombination((digits, index) => {
      const mask = reported(digits);
      if (levels[index] !== FLOOR[mask] || reasonMasks[index] !== mask) {
        failures += 1;
        example ||= describeDigits(digits);
      }
    });
    expect(failures, `differs from the warning signs, e.g. ${example}`).to.equal(0);
  });

  for (const question of QUESTIONS.filter((q) => q.kind === 'warning-sign')) {
    const floor = Math.max(...question.reasons.map((id) => SIGN_RANK.get(id)!));
    it(`a reader who answers yes or not sure to "${question.id}" is always sent to ${LEVEL_WORDS[LEVELS[floor]!]} or more`, () => {
      const d = dimensionOf(question.id);
      const options = DIMENSIONS[d]!.kind === 'answer' ? question.options : [];
      let checked = 0;
      let below = 0;
      options.forEach((option, digit) => {
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
    let checked = 0;
    let below = 0;
    TEMPERATURE_CASES.forEach((reading, digit) => {
      if (!reading.fever) return;
      forEachInDimension(READING, digit, (index) => {
        if (levels[index]! < today) below += 1;
        checked += 1;
      });
    });
    expect(below).to.equal(0);
    expect(checked).to.be.greaterThan(0);
  });

  it('adding a symptom never lowers the level: no → yes, no → not sure, and no reading → any reading', () => {
    let pairs = 0;
    let failures = 0;
    DIMENSIONS.forEach((dim, d) => {
      const none = dim.kind === 'answer' ? dim.options.indexOf('no') : 0; // case 0: no reading
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
    console.log(`triage: compared ${pairs.toLocaleString('en')} pairs of answers that differ by one added symptom`);
    expect(failures).to.equal(0);
  });

  it('a reader who is not sure gets the same level and reasons as one who says yes', () => {
    let pairs = 0;
    let failures = 0;
    DIMENSIONS.forEach((dim, d) => {
      if (dim.kind !== 'answer') return;
      const yes = dim.options.indexOf('yes');
      const notSure = dim.options.indexOf('not-sure');
      if (notSure < 0) return;
      const shift = (yes - notSure) * STRIDES[d]!;
      forEachInDimension(d, notSure, (index) => {
        pairs += 1;
        if (levels[index] !== levels[index + shift] || reasonMasks[index] !== reasonMasks[index + shift]) failures += 1;
      });
    });
    expect(failures).to.equal(0);
    expect(pairs).to.be.greaterThan(0);
  });

  it('walking the questions in order and stopping where the checker stops gives the same level as all the answers', () => {
    // Every distinct walk, as a tree: at each step ask nextQuestion() and branch on each answer the
    // reader could give (with each reading, for the fever question). Each leaf fixes the digits of
    // the questions asked; every full combination with those digits must triage to the leaf's level.
    const leaves: { digits: (number | undefined)[]; level: number }[] = [];
    const explore = (answers: Answers, fixed: (number | undefined)[], asked: QuestionId[]) => {
      const question = nextQuestion(answers);
      expect(isFinished(answers)).to.equal(question === undefined);
      if (!question) {
        leaves.push({ digits: [...fixed], level: rank(triage(answers).level) });
        return;
      }
      expect(asked, 'a question is asked twice').not.to.include(question.id);
      // Questions come in QUESTIONS order: the next one is the first not yet asked.
      expect(question.id).to.equal(QUESTIONS[asked.length]!.id);
      const dims = DIMENSIONS.flatMap((dim, d) => (dim.question === question.id ? [d] : []));
      const branch = (k: number) => {
        if (k === dims.length) return explore(answers, fixed, [...asked, question.id]);
        const d = dims[k]!;
        for (let digit = 0; digit < RADICES[d]!; digit++) {
          writeDigit(answers, d, digit);
          fixed[d] = digit;
          branch(k + 1);
        }
        fixed[d] = undefined;
        const dim = DIMENSIONS[d]!;
        // Back to unanswered.
        if (dim.kind === 'answer') answers[dim.question] = undefined;
        else answers.temperatureCelsius = undefined;
      };
      branch(0);
    };
    explore({}, DIMENSIONS.map(() => undefined), []);

    const seen = new Uint8Array(COMBINATIONS);
    let covered = 0;
    let failures = 0;
    let example = '';
    for (const leaf of leaves) {
      forEachConsistent(leaf.digits, (index) => {
        seen[index]! += 1;
        covered += 1;
        if (levels[index] !== leaf.level) {
          failures += 1;
          example ||= `walk ${JSON.stringify(leaf.digits)} gives ${LEVELS[leaf.level]}, full answers ${LEVELS[levels[index]!]}`;
        }
      });
    }
    console.log(
      `stop rule: ${leaves.length} distinct walks cover ${covered.toLocaleString('en')} combinations; the longest asks ${Math.max(
        ...leaves.map((l) => new Set(l.digits.flatMap((x, d) => (x === undefined ? [] : [DIMENSIONS[d]!.question]))).size),
      )} questions, the shortest ${Math.min(
        ...leaves.map((l) => new Set(l.digits.flatMap((x, d) => (x === undefined ? [] : [DIMENSIONS[d]!.question]))).size),
      )}`,
    );
    expect(failures, example).to.equal(0);
    // The walks split the combinations exactly: each belongs to one walk.
    expect(covered).to.equal(COMBINATIONS);
    expect(seen.every((n) => n === 1)).to.equal(true);
  });

  it('stops at the first answer that counts as yes, unless it is the baby’s age', () => {
    // Along the all-"no" path, answering yes (or not sure) to a warning sign ends the questions.
    const answers: Answers = {};
    for (const question of QUESTIONS) {
      for (const option of question.options) {
        const trial: Answers = { ...answers, [question.id]: option };
        const stops = question.kind === 'warning-sign' && option !== 'no';
        const last = question === QUESTIONS[QUESTIONS.length - 1];
        expect(isFinished(trial), `${question.id}=${option}`).to.equal(stops || last);
      }
      answers[question.id] = 'no';
    }
  });
});

/** Every index whose digit in dimension d is `digit`. */
function forEachInDimension(d: number, digit: number, visit: (index: number) => void): void {
  const stride = STRIDES[d]!;
  const block = stride * RADICES[d]!;
  for (let high = 0; high < COMBINATIONS; high += block) {
    const start = high + digit * stride;
    for (let low = 0; low < stride; low++) visit(start + low);
  }
}

/** Every index whose digits match `fixed` where it is defined. */
function forEachConsistent(fixed: readonly (number | undefined)[], visit: (index: number) => void): void {
  const last = fixed.reduce<number>((l, x, d) => (x === undefined ? l : d), -1);
  const run = last < 0 ? COMBINATIONS : STRIDES[last]!; // free trailing dimensions: one contiguous run
  const walk = (d: number, base: number): void => {
    if (d > last) {
      for (let i = 0; i < run; i++) visit(base + i);
      return;
    }
    const x = fixed[d];
    if (x !== undefined) walk(d + 1, base + x * STRIDES[d]!);
    else for (let digit = 0; digit < RADICES[d]!; digit++) walk(d + 1, base + digit * STRIDES[d]!);
  };
  walk(0, 0);
}
