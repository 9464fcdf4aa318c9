import { expect } from '@open-wc/testing';
import { LEVELS } from '../../src/content/levels.js';
import { ANSWER_OPTIONS } from '../../src/content/screens.js';
import { ANSWER_LABELS, SCREEN_TEXTS, SIGNS_TEXT, TEMPERATURE_TEXT } from '../../src/content/screen-texts.js';
import { ITEM_IDS, SCREENS } from '../../src/content/screens.js';
import { THRESHOLDS } from '../../src/content/thresholds.js';
import type { NumberFormatter } from '../../src/content/units.js';
import { REASON_TEXTS } from '../../src/content/warning-sign-texts.js';
import { REASON_IDS, WARNING_SIGNS, reasonById } from '../../src/content/warning-signs.js';

// Marks every number so that a test can see it was passed in, formatted, and not concatenated.
const marked: NumberFormatter = {
  number: (value, digits = 0) => `‹${value.toFixed(digits)}›`,
  temperature: (value, unit, digits = 0) => `‹${value.toFixed(digits)} ${unit}›`,
  unitSymbol: (unit) => `‹${unit}›`,
};
const withoutNumbers = (text: string) => text.replace(/‹[^›]*›/g, '');

describe('content: the checker’s screens and signs', () => {
  it('every sign and screen reads as words, with every number passed in from the thresholds', () => {
    const texts: [string, string][] = [
      ...REASON_IDS.map((id): [string, string] => [id, REASON_TEXTS[id](marked)]),
      ...SCREENS.flatMap((screen): [string, string][] => {
        const text = SCREEN_TEXTS[screen.id];
        return [[screen.id, text.question(marked)], ...(text.hint ? [[`${screen.id} hint`, text.hint(marked)] as [string, string]] : [])];
      }),
      ...Object.entries(SIGNS_TEXT).map(([key, text]): [string, string] => [key, text()]),
      ['implausible', TEMPERATURE_TEXT.implausible(marked, 'c')],
      ['not a number', TEMPERATURE_TEXT.notANumber(marked)],
    ];
    for (const [where, text] of texts) {
      expect(text.trim(), where).to.not.equal('');
      expect(text, where).to.not.match(/undefined|NaN|\[object|\$\{/);
      expect(withoutNumbers(text), `${where}: a number written by hand`).to.not.match(/\d/);
    }
    expect(REASON_TEXTS.fever(marked)).to.include('‹38.0 c›').and.include('‹100.4 f›');
    expect(REASON_TEXTS['low-temperature'](marked)).to.include('‹35.0 c›').and.include('‹95.0 f›');
    expect(REASON_TEXTS['no-improvement'](marked)).to.include('‹12›').and.include('‹24›');
    expect(REASON_TEXTS['antibiotics-not-working'](marked)).to.include('‹48›');
    expect(SCREEN_TEXTS.fever.hint!(marked)).to.include('‹4›').and.include('‹6›');
    for (const option of ANSWER_OPTIONS) expect(ANSWER_LABELS[option]().trim()).to.not.equal('');
  });

  it('"two weeks", written out for languages with a form for two, matches the thresholds', () => {
    expect(THRESHOLDS.youngBabyWeeks).to.equal(2);
    expect(THRESHOLDS.checkWithinWeeks).to.equal(2);
    expect(REASON_TEXTS['young-baby'](marked)).to.include('two weeks');
  });

  it('describes redness and colour changes for every skin tone (NHS)', () => {
    expect(REASON_TEXTS['red-streaks'](marked)).to.include('on brown or black skin');
    expect(REASON_TEXTS['skin-colour'](marked)).to.include('on brown or black skin');
    expect(REASON_TEXTS['skin-damage'](marked)).to.include('different from redness, which can look darker or purple on brown or black skin');
    expect(SCREEN_TEXTS['breast-emergency'].hint!(marked)).to.include('On brown or black skin');
  });

  it('says where ordinary fever symptoms belong, and keeps the fever in the words of the signs that need one', () => {
    expect(SCREEN_TEXTS['you-and-baby'].hint!(marked)).to.include('asked about next');
    expect(REASON_TEXTS['weak-immune'](marked)).to.match(/^A fever/);
    expect(REASON_TEXTS['after-birth'](marked)).to.match(/^A fever/);
    expect(REASON_TEXTS.rash(marked)).to.include('not the sore area of your breast');
  });

  it('never names cancer to the reader', () => {
    for (const id of REASON_IDS) expect(REASON_TEXTS[id](marked), id).to.not.match(/cancer/i);
  });

  it('tells ordinary chills and aches apart from the extreme shivering of sepsis', () => {
    expect(REASON_TEXTS.shivering(marked)).to.include('far worse than the chills and aches of a fever');
    expect(SCREEN_TEXTS.sepsis.hint!(marked)).to.include('Ordinary chills and aches with a fever are asked about later');
  });

  it('asks every sign once, on a screen of its own urgency order: emergency first, the tender lump last', () => {
    expect(new Set(ITEM_IDS).size).to.equal(ITEM_IDS.length);
    const asked = new Set<string>(ITEM_IDS);
    // The only signs not ticked on a screen: the fever has its own question; a low temperature comes from the reading.
    expect(WARNING_SIGNS.map((s) => s.id).filter((id) => !asked.has(id))).to.deep.equal(['low-temperature']);
    const most = SCREENS.map((screen) =>
      screen.kind === 'signs' ? Math.max(...screen.items.map((item) => LEVELS.indexOf(reasonById(item).level))) : -1,
    );
    expect(most[0]).to.equal(LEVELS.indexOf('emergency'));
    expect(most[1]).to.equal(LEVELS.indexOf('emergency'));
    const signScreens = most.filter((m) => m >= 0);
    expect(signScreens, 'sign screens never get more urgent further on').to.deep.equal([...signScreens].sort((a, b) => b - a));
    expect(SCREENS.at(-1)!.id).to.equal('tender-lump');
  });

  it('keeps emergency signs on screens of their own, so that "not sure" there means urgent care and nothing less', () => {
    for (const screen of SCREENS) {
      if (screen.kind !== 'signs') continue;
      const levels = new Set(screen.items.map((item) => reasonById(item).level));
      if (levels.has('emergency')) expect([...levels], screen.id).to.deep.equal(['emergency']);
    }
  });
});
