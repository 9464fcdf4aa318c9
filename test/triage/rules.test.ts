// The rules that never bend (design.md), proved by a decomposition the tests check themselves:
// every rule over every assignment of its own inputs, every pair of rules over their inputs
// together, and the maximum that combines them over every triple of levels. See proof.ts.
import { expect } from '@open-wc/testing';
import { LEVELS, type Level } from '../../src/content/levels.js';
import { ITEM_IDS, type ItemId } from '../../src/content/screens.js';
import { REASON_IDS, WARNING_SIGNS } from '../../src/content/warning-signs.js';
import { evaluate, maxLevel, ruleLevel } from '../../src/triage/triage.js';
import type { Answers } from '../../src/triage/triage.js';
import { ITEM_STATES, RULES, TEST_READINGS, forEachAssignment, inputsOfRules, oracleLevel, oracleReasons, rank, triage } from './proof.js';

/** The answers as a Proxy that fails the test when anything outside `allowed` is read. */
function guarded(answers: Answers, allowed: ReadonlySet<string>): Answers {
  return new Proxy(answers, {
    get(target, key) {
      if (typeof key === 'string' && !allowed.has(key)) throw new Error(`read ${key}, which the rule does not declare`);
      return Reflect.get(target, key);
    },
  });
}

const ORDER: Record<string, number> = { no: 0, 'not-sure': 1, yes: 2 };

describe('triage rules, each over every assignment of its own inputs', () => {
  let total = 0;
  after(() => console.log(`rules: ${RULES.length} rules checked over ${total.toLocaleString('en')} assignments of their own inputs`));

  for (const rule of RULES) {
    const { items, reading } = inputsOfRules([rule]);
    const allowed = new Set<string>([...items, ...(reading ? ['temperatureCelsius'] : [])]);

    it(`"${rule.reason}" reads only its own inputs (${[...allowed].join(', ')}) and gives the level guidance.md asks for`, () => {
      let wrong = 0;
      let example = '';
      total += forEachAssignment(items, reading, (answers) => {
        const level = ruleLevel(rule, guarded({ ...answers }, allowed)) ?? 'self-care';
        const expected = oracleReasons(answers).get(rule.reason) ?? 'self-care';
        if (level !== expected) {
          wrong += 1;
          example ||= `${JSON.stringify(answers)} gave ${level}, guidance says ${expected}`;
        }
      });
      expect(wrong, example).to.equal(0);
    });

    it(`"${rule.reason}": adding a sign never lowers it, and "not sure" lies between no and yes`, () => {
      let failures = 0;
      forEachAssignment(items, reading, (answers) => {
        const here = rank(ruleLevel(rule, answers) ?? 'self-care');
        for (const item of items) {
          const now = answers[item];
          for (const other of ITEM_STATES) {
            if (other === undefined || item === 'tender-lump') continue; // the lump is checked below
            const before = now === undefined ? 0 : ORDER[now]!;
            if (ORDER[other]! <= before) continue;
            const raised = rank(ruleLevel(rule, { ...answers, [item]: other }) ?? 'self-care');
            if (raised < here) failures += 1;
          }
        }
        if (reading && answers.temperatureCelsius !== undefined) {
          const without = { ...answers };
          delete without.temperatureCelsius;
          if (rank(ruleLevel(rule, without) ?? 'self-care') > here) failures += 1;
        }
      });
      expect(failures).to.equal(0);
    });
  }

  it('the tender lump: "not sure" gives the same advice as "no", never the self-care of "yes"', () => {
    expect(triage({ 'tender-lump': 'not-sure' }).level).to.equal(triage({ 'tender-lump': 'no' }).level);
    expect(triage({ 'tender-lump': 'no' }).level).to.equal('see-provider');
    expect(triage({ 'tender-lump': 'yes' }).level).to.equal('self-care');
  });

  it('every sign a reader can tick is read by a rule, and every rule names a reason readers can be shown', () => {
    const read = new Set(RULES.flatMap((rule) => inputsOfRules([rule]).items));
    expect(ITEM_IDS.filter((item) => !read.has(item))).to.deep.equal([]);
    expect(RULES.map((rule) => rule.reason).filter((id) => !REASON_IDS.includes(id))).to.deep.equal([]);
    expect(WARNING_SIGNS.map((sign) => sign.id).filter((id) => !RULES.some((rule) => rule.reason === id))).to.deep.equal([]);
  });
});

describe('triage rules, every pair together', () => {
  it('over every assignment of two rules’ inputs, the level is the most urgent of every rule and what guidance.md asks for', function () {
    this.timeout(60000);
    let pairs = 0;
    let assignments = 0;
    let wrong = 0;
    let example = '';
    RULES.forEach((a, i) => {
      for (const b of RULES.slice(i + 1)) {
        const { items, reading } = inputsOfRules([a, b]);
        pairs += 1;
        assignments += forEachAssignment(items, reading, (answers) => {
          const { level, reasons } = triage(answers);
          const max = RULES.reduce<Level>((m, rule) => maxLevel(m, ruleLevel(rule, answers) ?? 'self-care'), 'self-care');
          const expected = oracleReasons(answers);
          const sameReasons = reasons.length === expected.size && reasons.every((id) => expected.has(id));
          if (level !== max || level !== oracleLevel(answers) || !sameReasons) {
            wrong += 1;
            example ||= `${a.reason} + ${b.reason}: ${JSON.stringify(answers)} gave ${level}`;
          }
        });
      }
    });
    console.log(`rules: ${pairs} pairs of rules checked over ${assignments.toLocaleString('en')} assignments of their inputs`);
    expect(wrong, example).to.equal(0);
    expect(pairs).to.equal((RULES.length * (RULES.length - 1)) / 2);
  });

  it('the maximum that combines the rules never lowers a level when one of its inputs rises (every triple of levels)', () => {
    let failures = 0;
    for (const a of LEVELS) for (const b of LEVELS) for (const c of LEVELS) {
      if (rank(a) <= rank(b) && rank(maxLevel(a, c)) > rank(maxLevel(b, c))) failures += 1;
      if (rank(maxLevel(a, c)) < Math.max(rank(a), rank(c))) failures += 1;
    }
    expect(failures).to.equal(0);
  });

  it('triage is the maximum over all rules: one rule holding is enough, whatever else is answered', () => {
    // All items yes or all not sure, with each reading: the level is the maximum of the rule levels.
    let checked = 0;
    for (const state of ['yes', 'not-sure', 'no'] as const) {
      for (const reading of TEST_READINGS) {
        const answers: Answers = Object.fromEntries(ITEM_IDS.map((item: ItemId) => [item, state]));
        if (reading.celsius !== undefined) answers.temperatureCelsius = reading.celsius;
        const max = RULES.reduce<Level>((level, rule) => maxLevel(level, ruleLevel(rule, answers) ?? 'self-care'), 'self-care');
        expect(triage(answers).level).to.equal(max);
        expect(triage(answers).level).to.equal(oracleLevel(answers));
        checked += 1;
      }
    }
    expect(checked).to.equal(3 * TEST_READINGS.length);
  });

  it('nothing is assumed: with no answers no rule holds, so triage names no reason', () => {
    expect(RULES.filter((rule) => evaluate(rule.when, {}) !== 0).map((rule) => rule.reason)).to.deep.equal([]);
    expect(triage({})).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
  });
});
