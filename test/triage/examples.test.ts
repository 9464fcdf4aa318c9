// What a reader experiences, one story at a time; expected results come from guidance.md, written
// out by hand.
import { expect } from '@open-wc/testing';
import { SCREENS, type ItemId } from '../../src/content/screens.js';
import { WARNING_SIGNS } from '../../src/content/warning-signs.js';
import { START, answerScreen, result, type Flow } from '../../src/triage/flow.js';
import { parseTemperature } from '../../src/triage/temperature.js';

type Story = { ticks?: ItemId[]; unsure?: string[]; fever?: 'yes' | 'no' | 'not-sure'; reading?: string; lump?: 'yes' | 'no' | 'not-sure' };

/** Goes through the checker as a reader would: ticks what she has, "None of these" elsewhere. */
function walk(story: Story) {
  let flow: Flow = START;
  const seen: string[] = [];
  while (!flow.done) {
    const screen = SCREENS.find((s) => s.id === flow.path[flow.index])!;
    seen.push(screen.id);
    if (screen.kind === 'signs') {
      const ticked = screen.items.filter((item) => story.ticks?.includes(item));
      flow = story.unsure?.includes(screen.id) ? answerScreen(flow, 'not-sure') : answerScreen(flow, ticked.length ? { ticked } : 'none');
    } else if (screen.item === 'fever') {
      const reading = story.reading ? parseTemperature(story.reading, 'c') : undefined;
      flow = answerScreen(flow, story.fever ?? 'no', reading?.ok ? reading.celsius : undefined);
    } else {
      flow = answerScreen(flow, story.lump ?? 'yes');
    }
  }
  return { seen, ...result(flow) };
}

describe('the checker, as a reader goes through it', () => {
  it('ordinary fever with chills and aches: get medical advice today, never the emergency department', () => {
    expect(walk({ fever: 'yes' }).level).to.equal('see-provider-today');
  });

  it('"not sure" about the signs of sepsis: urgent care within hours, not the emergency department', () => {
    const { level, unsure } = walk({ unsure: ['sepsis'] });
    expect(level).to.equal('urgent-care');
    expect(unsure).to.include('confusion');
  });

  it('"not sure" about the breast emergency signs: urgent care within hours', () => {
    expect(walk({ unsure: ['breast-emergency'] }).level).to.equal('urgent-care');
  });

  it('no lump and no warning sign: not the self-care result', () => {
    const { level, reasons } = walk({ lump: 'no' });
    expect(level).to.not.equal('self-care');
    expect(reasons).to.deep.equal(['no-lump']);
  });

  it('each warning sign, ticked alone, leads to its own level and is named', () => {
    for (const sign of WARNING_SIGNS) {
      if (sign.id === 'low-temperature' || sign.id === 'fever') continue; // by reading and by question, below
      const needsFever = sign.id === 'weak-immune' || sign.id === 'after-birth';
      const { level, reasons } = walk({ ticks: [sign.id], fever: needsFever ? 'yes' : 'no' });
      expect(level, sign.id).to.equal(sign.level);
      expect(reasons, sign.id).to.include(sign.id);
    }
  });

  it('a sign of sepsis ends the questions at once, after one screen', () => {
    expect(walk({ ticks: ['faint'] })).to.deep.include({ level: 'emergency', seen: ['sepsis'] });
  });

  it('a reading of 35.0 °C is a warning sign on its own: urgent care', () => {
    const { level, reasons } = walk({ reading: '35,0' });
    expect(level).to.equal('urgent-care');
    expect(reasons).to.include('low-temperature');
  });

  it('a reading of 38.2 °C counts as a fever even when she answered no', () => {
    expect(walk({ fever: 'no', reading: '38.2' }).reasons).to.include('fever');
  });

  it('a weakened immune system matters with a fever (urgent care) and is not asked without one', () => {
    expect(walk({ fever: 'yes', ticks: ['weak-immune'] }).level).to.equal('urgent-care');
    expect(walk({ fever: 'no' }).seen).to.not.include('fever-extra');
  });

  it('an unwell baby: urgent care within hours, said plainly for the baby', () => {
    expect(walk({ ticks: ['baby-unwell'] })).to.deep.include({ level: 'urgent-care', reasons: ['baby-unwell'] });
  });

  it('blood streaks are not asked about as a warning sign (the NHS lists them among ordinary symptoms)', () => {
    expect(WARNING_SIGNS.map((sign) => sign.id as string)).to.not.include('pus-or-blood');
  });

  it('with several signs, the most urgent level wins and every sign is named, most urgent first', () => {
    const { level, reasons } = walk({ ticks: ['racing-heart', 'young-baby'] });
    expect(level).to.equal('urgent-care');
    expect(reasons).to.deep.equal(['racing-heart', 'young-baby']);
  });
});
