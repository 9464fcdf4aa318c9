// English numbers, temperatures, dates and lists are written without Intl (its first use costs a
// phone about 80 ms). A reader must not be able to tell: each is checked against Intl's own output
// in this browser, over every value fast-check can think of.
import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import { formatDate, formatList, numberFormatter } from '../../src/internal/format.js';

const english = numberFormatter('en');
const intlNumber = (value: number, fractionDigits: number, unit?: string) =>
  new Intl.NumberFormat('en', {
    ...(unit ? { style: 'unit', unit } : {}),
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
const unisolate = (text: string) => text.replace(/[\u2068\u2069]/g, '');

// Readings as a reader types them (one or two decimals), and any double the hand-written path takes
// (under 999 either way; larger ones go to Intl); the edges of that path are listed on their own.
const value = fc.oneof(
  fc.integer({ min: -99999, max: 99999 }).map((n) => n / 100),
  fc.integer({ min: -9999, max: 9999 }).map((n) => n / 10),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -998.999, max: 998.999 }),
);
const EDGES = [998.95, 998.99, 999, 999.5, -998.95, -0.004, -0, 0.005, 0.015, 1e-7, -1e-7];
const fractionDigits = fc.integer({ min: 0, max: 2 });

describe('English formatting without Intl', () => {
  it('writes a number exactly as Intl would, rounding halves the same way', () => {
    expect(english.number(38.15, 1)).to.equal(intlNumber(38.15, 1));
    for (const edge of EDGES) for (const d of [0, 1, 2]) expect(english.number(edge, d), `${edge} to ${d} places`).to.equal(intlNumber(edge, d));
    fc.assert(fc.property(value, fractionDigits, (v, d) => english.number(v, d) === intlNumber(v, d)), { numRuns: 2000 });
  });

  it('writes a temperature exactly as Intl would, in °C and °F', () => {
    fc.assert(
      fc.property(value, fractionDigits, fc.constantFrom(['c', 'celsius'], ['f', 'fahrenheit']), (v, d, [unit, name]) =>
        unisolate(english.temperature(v, unit as 'c' | 'f', d)) === intlNumber(v, d, name),
      ),
      { numRuns: 2000 },
    );
    const intlSymbol = (unit: string) =>
      new Intl.NumberFormat('en', { style: 'unit', unit }).formatToParts(0).find((part) => part.type === 'unit')?.value;
    expect(english.unitSymbol('c')).to.equal(intlSymbol('celsius'));
    expect(english.unitSymbol('f')).to.equal(intlSymbol('fahrenheit'));
  });

  it('writes a date exactly as Intl would', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const intl = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
        return formatDate(iso, 'en') === intl;
      }),
      { numRuns: 1000 },
    );
  });

  it('writes a list exactly as Intl would', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }), (items) =>
        formatList(items, 'en') === new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
      ),
    );
  });

  it('still writes other languages with Intl', () => {
    expect(numberFormatter('de').number(38.5, 1)).to.equal('38,5');
    expect(formatList(['a', 'b', 'c'], 'fr')).to.equal('a, b et c');
  });
});
