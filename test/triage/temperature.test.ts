import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isFever, isLowTemperature, parseTemperature, type TemperatureUnit } from '../../src/triage/temperature.js';

describe('parseTemperature', () => {
  // [what she types, unit selected, °C expected, unit the reading is in]
  const readings: [string, TemperatureUnit, number, TemperatureUnit][] = [
    ['38.2', 'c', 38.2, 'c'],
    ['38,2', 'c', 38.2, 'c'],
    [' 38.2 ', 'c', 38.2, 'c'],
    ['38', 'c', 38, 'c'],
    ['+38.5', 'c', 38.5, 'c'],
    ['100.4', 'f', 38, 'f'],
    ['100,4', 'f', 38, 'f'],
    ['98.6', 'f', 37, 'f'],
    ['101', 'f', 38.33, 'f'],
    ['38.2 °C', 'c', 38.2, 'c'],
    ['38.2°c', 'c', 38.2, 'c'],
    ['38,2 C', 'c', 38.2, 'c'],
    ['38,2 ºC', 'c', 38.2, 'c'], // ordinal sign, as typed on Spanish and Portuguese keyboards
    ['38.2 ℃', 'c', 38.2, 'c'],
    ['100.4 ℉', 'f', 38, 'f'],
    // A unit typed after the number wins over the selected one.
    ['100.4 °F', 'c', 38, 'f'],
    ['101F', 'c', 38.33, 'f'],
    ['38.2 C', 'f', 38.2, 'c'],
    // Arabic-Indic and Eastern Arabic digits with the Arabic decimal separator; full-width digits.
    ['٣٨٫٢', 'c', 38.2, 'c'],
    ['۳۸٫۲', 'c', 38.2, 'c'],
    ['３８.２', 'c', 38.2, 'c'],
    // The plausible range is inclusive: 34–43 °C, 93.2–109.4 °F.
    ['34', 'c', 34, 'c'],
    ['43', 'c', 43, 'c'],
    ['93.2', 'f', 34, 'f'],
    ['109.4', 'f', 43, 'f'],
  ];

  it('reads any body temperature back as the one she took, however she types it (fast-check)', () => {
    // The oracle is the temperature itself, not the parser: a true reading in tenths of a degree
    // Celsius, written in °C or °F as a thermometer shows it (one decimal), then typed any way the
    // parser promises to understand. Read back, it is that temperature within the display rounding.
    const typed = fc.record({
      tenths: fc.integer({ min: 340, max: 430 }), // 34.0–43.0 °C, the plausible range
      shownIn: fc.constantFrom<TemperatureUnit>('c', 'f'),
      selected: fc.constantFrom<TemperatureUnit>('c', 'f'),
      comma: fc.boolean(),
      suffix: fc.constantFrom('', '°', ' °U', 'U', ' u'), // U, u: the unit it was taken in, as a letter
      digits: fc.constantFrom('ascii', 'arabic', 'full-width'),
      padded: fc.boolean(),
    });
    fc.assert(
      fc.property(typed, ({ tenths, shownIn, selected, comma, suffix, digits, padded }) => {
        const truth = tenths / 10;
        const shown = shownIn === 'c' ? truth : Math.round((truth * 1.8 + 32) * 10) / 10;
        let text = shown.toFixed(1) + suffix.replace('U', shownIn.toUpperCase()).replace('u', shownIn);
        if (comma) text = text.replace('.', ',');
        if (digits === 'arabic') text = text.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))).replace(',', '\u066B').replace('.', '\u066B');
        if (digits === 'full-width') text = text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
        if (padded) text = `  ${text} `;
        const reading = parseTemperature(text, selected);
        const where = `${JSON.stringify(text)} with °${selected.toUpperCase()} selected, taken as ${truth} °C`;
        expect(reading.ok, where).to.equal(true);
        if (!reading.ok) return;
        expect(reading.unit, where).to.equal(shownIn);
        // One decimal in °F is up to 0.05 °F off, 0.028 °C; the parser rounds to 0.01 °C.
        expect(Math.abs(reading.celsius - truth), where).to.be.at.most(0.04);
      }),
      { numRuns: 2000 },
    );
  });

  for (const [input, unit, celsius, readingUnit] of readings) {
    it(`reads "${input}" with °${unit.toUpperCase()} selected as ${celsius} °C`, () => {
      const result = parseTemperature(input, unit);
      expect(result).to.deep.include({ ok: true, celsius, unit: readingUnit });
    });
  }

  const notNumbers = ['abc', '38..2', '3 8', 'NaN', 'Infinity', '-', '38.', '.5', '38,2,1', '1e1', '0x26', '38 K', '38 °C °C', '38.2 cc', '°C', '38-2'];
  for (const input of notNumbers) {
    it(`refuses "${input}" as not a number`, () => {
      expect(parseTemperature(input, 'c')).to.deep.equal({ ok: false, error: 'not-a-number' });
    });
  }

  for (const input of ['', '   ', '\t']) {
    it(`reports ${JSON.stringify(input)} as empty, not as a reading`, () => {
      expect(parseTemperature(input, 'c')).to.deep.equal({ ok: false, error: 'empty' });
    });
  }

  const implausible: [string, TemperatureUnit][] = [
    ['1000', 'c'],
    ['43.1 C', 'c'],
    ['109.5 F', 'f'],
    ['100.4 C', 'c'], // a unit was typed: never read in the other one
    ['60', 'c'], // fits neither unit
  ];
  for (const [input, unit] of implausible) {
    it(`refuses "${input}" in °${unit.toUpperCase()} as implausible, never using it`, () => {
      expect(parseTemperature(input, unit)).to.deep.equal({ ok: false, error: 'implausible' });
    });
  }

  for (const [input, unit] of [['0', 'c'], ['-38', 'c'], ['33.9 C', 'c'], ['93.1 F', 'f'], ['30', 'f'], ['31,5', 'c']] as const) {
    it(`refuses "${input}" in °${unit.toUpperCase()} as too low in any unit, so the checker can say a real reading that low needs help`, () => {
      expect(parseTemperature(input, unit)).to.deep.equal({ ok: false, error: 'too-low' });
    });
  }

  it('reads 37.2 typed with °F selected as 37.2 °C, and says it was read in the other unit', () => {
    expect(parseTemperature('37.2', 'f')).to.deep.equal({ ok: true, celsius: 37.2, value: 37.2, unit: 'c', inferred: true });
  });

  it('reads 100.4 typed with °C selected as 100.4 °F (38 °C), flagged as read in the other unit', () => {
    expect(parseTemperature('100.4', 'c')).to.deep.equal({ ok: true, celsius: 38, value: 100.4, unit: 'f', inferred: true });
  });

  it('never infers a unit when the reader typed one: "38 F" is refused, not read as 38 °C', () => {
    expect(parseTemperature('38 F', 'f')).to.deep.equal({ ok: false, error: 'too-low' });
    expect(parseTemperature('38 F', 'c')).to.deep.equal({ ok: false, error: 'too-low' });
  });

  it('a reading in the selected unit is not flagged as inferred', () => {
    expect(parseTemperature('38.2', 'c')).to.deep.include({ ok: true, inferred: false });
  });

  it('no number is plausible in both units, so inferring the unit can never pick the wrong one', () => {
    let both = 0;
    for (let tenths = 0; tenths <= 1200; tenths++) {
      const text = (tenths / 10).toFixed(1);
      const asC = parseTemperature(`${text} C`, 'c');
      const asF = parseTemperature(`${text} F`, 'f');
      if (asC.ok && asF.ok) both += 1;
    }
    expect(both).to.equal(0);
  });
});

describe('isLowTemperature', () => {
  it('35.0 °C and 95.0 °F as a reader types them are low; 35.1 °C and 95.2 °F are not', () => {
    const low = (text: string, unit: TemperatureUnit) => {
      const reading = parseTemperature(text, unit);
      return reading.ok && isLowTemperature(reading.celsius);
    };
    expect([low('35.0', 'c'), low('95.0', 'f'), low('34,5', 'c')]).to.deep.equal([true, true, true]);
    expect([low('35.1', 'c'), low('95.2', 'f'), low('37', 'c')]).to.deep.equal([false, false, false]);
  });
});

describe('isFever', () => {
  const cases: [string, number, boolean][] = [
    ['38.0 °C exactly', 38, true],
    ['39 °C', 39, true],
    ['37.9 °C', 37.9, false],
    ['37.99 °C', 37.99, false],
    ['100.4 °F converted without rounding', ((100.4 - 32) * 5) / 9, true],
    ['not a number', Number.NaN, false],
  ];
  for (const [label, celsius, fever] of cases) {
    it(`${label} ${fever ? 'is' : 'is not'} a fever`, () => {
      expect(isFever(celsius)).to.equal(fever);
    });
  }

  it('100.4 °F as a reader types it counts as a fever, and 100.3 °F does not', () => {
    const at = parseTemperature('100.4', 'f');
    const below = parseTemperature('100.3', 'f');
    expect(at.ok && isFever(at.celsius)).to.equal(true);
    expect(below.ok && isFever(below.celsius)).to.equal(false);
  });
});
