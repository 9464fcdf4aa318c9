// What a reader experiences, one story at a time; expected results come from the guidance
// (../shared/guidance.md), written out by hand.
import { expect } from '@open-wc/testing';
import { LEVELS } from '../../src/content/levels.js';
import { QUESTIONS, type AnswerOption, type QuestionId } from '../../src/content/questions.js';
import { WARNING_SIGNS } from '../../src/content/warning-signs.js';
import { COVERED_SIGNS, RULES } from '../../src/triage/rules.js';
import { isFinished, nextQuestion } from '../../src/triage/stop.js';
import { parseTemperature } from '../../src/triage/temperature.js';
import { triage, type Answers } from '../../src/triage/triage.js';

/** Answers the checker's questions in order, as a reader would, until it stops. */
function walk(answersFor: Partial<Record<QuestionId, AnswerOption>>, temperatureCelsius?: number) {
  const answers: Answers = {};
  const asked: QuestionId[] = [];
  for (let question = nextQuestion(answers); question; question = nextQuestion(answers)) {
    asked.push(question.id);
    answers[question.id] = answersFor[question.id] ?? 'no';
    if ('temperature' in question && temperatureCelsius !== undefined) answers.temperatureCelsius = temperatureCelsius;
  }
  return { asked, ...triage(answers) };
}

function celsius(text: string, unit: 'c' | 'f'): number {
  const reading = parseTemperature(text, unit);
  if (!reading.ok) throw new Error(`${text} did not parse`);
  return reading.celsius;
}

describe('the checker, as a reader goes through it', () => {
  it('starts with the most urgent question, and an empty checker is not finished', () => {
    expect(nextQuestion({})?.id).to.equal('very-unwell');
    expect(isFinished({})).to.equal(false);
  });

  it('a reader who feels very unwell is sent to emergency care after one question', () => {
    expect(walk({ 'very-unwell': 'yes' })).to.deep.equal({ asked: ['very-unwell'], level: 'emergency', reasons: ['sepsis'] });
  });

  it('a reader who is not sure whether the redness is spreading fast is sent to emergency care', () => {
    const result = walk({ 'fast-spreading-redness': 'not-sure' });
    expect(result.level).to.equal('emergency');
    expect(result.reasons).to.deep.equal(['fast-spreading-redness']);
  });

  it('a reader with a fever is told to see a provider today, and the questions stop there', () => {
    const result = walk({ fever: 'yes' });
    expect(result.level).to.equal('see-provider-today');
    expect(result.reasons).to.deep.equal(['fever']);
    expect(result.asked.at(-1)).to.equal('fever');
  });

  it('a reader who answers no to fever but types 38,2 °C is told to see a provider today', () => {
    const result = walk({}, celsius('38,2', 'c'));
    expect(result.level).to.equal('see-provider-today');
    expect(result.reasons).to.deep.equal(['fever']);
  });

  it('a reading of 100.4 °F counts as a fever; 37,9 °C with a no does not', () => {
    expect(walk({}, celsius('100.4', 'f')).level).to.equal('see-provider-today');
    expect(walk({ 'tender-lump': 'yes' }, celsius('37,9', 'c')).level).to.equal('self-care');
  });

  it('a low reading never cancels a yes: chills and aches with 37.5 °C still mean seeing a provider today', () => {
    expect(walk({ fever: 'yes' }, celsius('37.5', 'c')).level).to.equal('see-provider-today');
  });

  it('a reader with a baby under two weeks and a fever hears both reasons', () => {
    const result = walk({ 'young-baby': 'yes', fever: 'yes' });
    expect(result.level).to.equal('see-provider-today');
    expect(result.reasons).to.deep.equal(['fever', 'young-baby-fever']);
  });

  it('a baby under two weeks without a fever changes nothing on its own', () => {
    expect(walk({ 'young-baby': 'yes', 'tender-lump': 'yes' })).to.deep.include({ level: 'self-care', reasons: [] });
  });

  it('a reader whose lump has lasted more than a week is told to book an appointment, and is not asked more', () => {
    const result = walk({ 'persistent-lump': 'yes' });
    expect(result.level).to.equal('see-provider');
    expect(result.reasons).to.deep.equal(['persistent-lump']);
    expect(result.asked).not.to.include('tender-lump');
  });

  it('a reader with no warning sign and a tender lump reaches self-care only after every question', () => {
    const result = walk({ 'tender-lump': 'yes' });
    expect(result).to.deep.include({ level: 'self-care', reasons: [] });
    expect(result.asked).to.deep.equal(QUESTIONS.map((question) => question.id));
  });

  it('with every answer known, the most urgent sign wins and all signs are named', () => {
    const result = triage({ 'both-breasts': 'yes', 'pus-or-blood': 'yes', 'recurring-lump': 'yes', 'skin-damage': 'not-sure' });
    expect(result.level).to.equal('emergency');
    expect(result.reasons).to.deep.equal(['skin-damage', 'pus-or-blood', 'both-breasts', 'recurring-lump']);
  });

  it('only a clear no rules a sign out: an unexpected answer counts as yes', () => {
    const odd = { 'very-unwell': 'maybe' } as unknown as Answers;
    expect(triage(odd).level).to.equal('emergency');
  });

  it('each warning-sign question on its own leads to the level and reason its content says', () => {
    for (const question of QUESTIONS) {
      const result = triage({ [question.id]: 'yes' });
      expect(result.level, question.id).to.equal(question.raisesTo);
      expect(result.reasons, question.id).to.deep.equal(question.reasons);
    }
  });

  it('every warning sign is found: by a rule, or by an earlier question that is at least as urgent', () => {
    for (const rule of RULES) for (const id of rule.when) expect(QUESTIONS.map((q) => q.id)).to.include(id);
    for (const covered of COVERED_SIGNS) {
      const by = QUESTIONS.find((question) => question.id === covered.by)!;
      const sign = WARNING_SIGNS.find((s) => s.id === covered.reason)!;
      expect(LEVELS.indexOf(by.raisesTo), covered.reason).to.be.at.least(LEVELS.indexOf(sign.level));
      expect(RULES.some((rule) => rule.reason === covered.reason), covered.reason).to.equal(false);
    }
    // Every warning sign the banner lists is found by a rule or covered by a question.
    const found = new Set<string>([...RULES.map((rule) => rule.reason), ...COVERED_SIGNS.map((c) => c.reason)]);
    expect(WARNING_SIGNS.map((sign) => sign.id).filter((id) => !found.has(id))).to.deep.equal([]);
  });
});
