import { expect } from '@open-wc/testing';
import { REVIEWED_AGAINST } from '../../src/content/reviewed.js';
import { CITATIONS } from '../../src/content/citations.js';
import { SOURCE_NAMES } from '../../src/content/source-names.js';
import { SOURCE_IDS, isSourceId, type SourceId } from '../../src/content/sources.js';
import { STEPS, type Step } from '../../src/content/steps.js';
import { ARTICLE, ARTICLE_TECHNIQUES, TECHNIQUE_STATUSES, type ArticleTechnique } from '../../src/content/techniques.js';
import { THRESHOLDS } from '../../src/content/thresholds.js';
import type { NumberFormatter } from '../../src/content/units.js';
import { REASON_SOURCES } from '../../src/content/reason-sources.js';
import { REASON_IDS } from '../../src/content/warning-signs.js';
import { NOT_SURE_POLICY } from '../../src/triage/rules.js';

// The content through its interfaces, as a generic renderer sees it.
const steps: readonly Step[] = STEPS;
const techniques: readonly ArticleTechnique[] = ARTICLE_TECHNIQUES;

// Marks every number so that a test can see it was passed in, formatted, and not concatenated.
// Temperatures are marked with their unit, which the formatter (not the sentence) supplies.
const marked: NumberFormatter = {
  number: (value, digits = 0) => `‹${value.toFixed(digits)}›`,
  temperature: (value, unit, digits = 0) => `‹${value.toFixed(digits)} ${unit}›`,
  unitSymbol: (unit) => `‹${unit}›`,
};

function expectText(text: string, where: string): void {
  expect(text.trim(), where).not.to.equal('');
  expect(text, where).not.to.match(/undefined|NaN|\[object|\$\{/);
}

type Cited = { readonly sources: readonly SourceId[]; readonly note?: string };
const cited: [string, readonly Cited[], (item: never) => string][] = [
  ['step', STEPS, (step: (typeof STEPS)[number]) => step.id],
  ['warning sign or outcome', REASON_IDS.map((id) => ({ id, ...REASON_SOURCES[id] })), (sign: { id: string }) => sign.id],
  ['article technique', ARTICLE_TECHNIQUES, (technique: (typeof ARTICLE_TECHNIQUES)[number]) => technique.id],
  ['not-sure policy', [NOT_SURE_POLICY], () => 'not sure'],
  ['"reviewed against" note', [REVIEWED_AGAINST], () => 'reviewed'],
];

describe('content: every claim names a source that exists', () => {
  for (const [kind, items, name] of cited) {
    it(`every ${kind} names at least one source from the sources list, or says for the reviewer why it has none`, () => {
      for (const item of items) {
        const label = `${kind} ${name(item as never)}`;
        if (item.sources.length === 0) expect(item.note ?? '', `${label} has no source and no note`).to.match(/sign-off/);
        for (const id of item.sources) expect(isSourceId(id), `${label}: ${id}`).to.equal(true);
      }
    });
  }

  it('every source has a full citation, a short name and says what it supports; journals give a DOI', () => {
    for (const id of SOURCE_IDS) {
      const source = CITATIONS[id];
      expect(SOURCE_NAMES[id]().trim(), id).not.to.equal('');
      expect(source.citation.trim(), id).not.to.equal('');
      expect(source.supports.trim(), id).not.to.equal('');
      if (source.year !== undefined) expect(source.citation, id).to.include(String(source.year));
      if (/\d{4};\d/.test(source.citation) || /medRxiv/.test(source.citation)) expect(source.doi, `${id} has a DOI`).to.match(/^10\.\d{4,}\//);
    }
    expect(Object.keys(CITATIONS).sort()).to.deep.equal([...SOURCE_IDS].sort());
  });

  it('quotes the published figures of the symptom-checker studies as published (guidance.md)', () => {
    expect(CITATIONS['hill-2020'].supports).to.include('of the 19 that gave triage advice').and.include('49%');
    expect(CITATIONS['el-osta-2021'].citation).to.include('medRxiv 2021');
    expect(CITATIONS['el-osta-2021'].supports).to.include('28.6%').and.include('43.3%').and.include('47.5%');
    expect(CITATIONS['semigran-2015'].supports).to.include('57%').and.include('80%').and.include('33%');
  });

  it('every technique of the article names who advised it', () => {
    for (const technique of ARTICLE_TECHNIQUES) expect(technique.advisedBy, technique.id).to.match(/^article-/);
  });

  it('the "reviewed against" date is a real calendar date', () => {
    expect(REVIEWED_AGAINST.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${REVIEWED_AGAINST.date}T00:00:00Z`).toISOString().slice(0, 10)).to.equal(REVIEWED_AGAINST.date);
  });
});

describe('content: the self-care steps', () => {
  it('have unique ids and read as whole sentences', () => {
    expect(new Set(steps.map((s) => s.id)).size).to.equal(steps.length);
    for (const step of steps) {
      expectText(step.title(marked), `${step.id} title`);
      expectText(step.body(marked), `${step.id} body`);
      for (const point of step.points ?? []) expectText(point(marked), `${step.id} point`);
    }
  });

  it('start with feeding as usual, and offer a countdown only for the cold pack, within 10–20 minutes', () => {
    expect(steps[0]!.id).to.equal('feed-as-usual');
    expect(steps.filter((s) => s.timer).map((s) => s.id)).to.deep.equal(['cold-pack']);
    const cold = steps.find((s) => s.id === 'cold-pack')!;
    const timer = cold.timer!;
    expect(timer.min).to.equal(THRESHOLDS.coldPackMinutes.min);
    expect(timer.max).to.equal(THRESHOLDS.coldPackMinutes.max);
    expect(timer.minutes).to.be.within(timer.min, timer.max);
    expect(cold.body(marked)).to.include('‹10›').and.include('‹20›');
  });

  it('include one step that lists the older techniques now advised against', () => {
    const avoid = steps.filter((s) => s.kind === 'avoid');
    expect(avoid.length).to.equal(1);
    expect(avoid[0]!.points?.length).to.be.at.least(6);
  });

  it('stay short enough to follow with a baby in one arm: ten to twelve steps, help last', () => {
    expect(steps.length).to.be.within(10, 12);
    expect(steps.at(-1)!.kind).to.equal('get-help');
  });

  it('take every number from the thresholds, formatted; the only figure written out is the protocol\'s year', () => {
    for (const step of steps) {
      const texts = [step.title(marked), step.body(marked), ...(step.points ?? []).map((point) => point(marked)), step.closing?.(marked) ?? ''];
      for (const text of texts) expect(text.replace(/‹[^›]*›/g, '').replace(/\(2022\)|2022 protocol/g, ''), step.id).not.to.match(/\d/);
    }
    for (const technique of techniques) {
      for (const text of [technique.article(marked), technique.now(marked), technique.reason(marked)]) {
        expect(text.replace(/‹[^›]*›/g, '').replace(/\(2022\)|2022 protocol/g, ''), technique.id).not.to.match(/\d/);
      }
    }
    const text = (id: string) => {
      const step = steps.find((s) => s.id === id)!;
      return [step.body(marked), ...(step.points ?? []).map((point) => point(marked)), step.closing?.(marked) ?? ''].join(' ');
    };
    expect(text('milk-safe')).to.include('‹1›').and.include('‹2›'); // settleDays
    expect(text('pain-relief')).to.include('‹4›').and.include('‹6›'); // painkillerHours
    expect(text('get-help')).to.include('‹38.0 c›').and.include('‹100.4 f›').and.include('‹12›').and.include('‹24›').and.include('‹48›');
  });

  it('name the sources that say each step\'s claims (../shared/guidance.md), and no others', () => {
    expect(Object.fromEntries(steps.map((s) => [s.id, [...s.sources].sort()]))).to.deep.equal({
      'feed-as-usual': ['abm-36'],
      'milk-safe': ['abm-36', 'nhs-mastitis'],
      'cold-pack': ['abm-36', 'iowa-handout', 'llli-gb'],
      'pain-relief': ['abm-36', 'nhs-mastitis', 'nice-cks-mastitis'],
      'light-touch': ['abm-36', 'douglas-2023', 'iowa-handout', 'nhs-mastitis'],
      'be-gentle': ['abm-36', 'nhs-mastitis'],
      'rest-fluids': ['article-doula', 'nhs-mastitis'],
      'brief-warmth': ['abm-36', 'llli-gb', 'nhs-mastitis'],
      'chin-toward': ['article-rn-ibclc'],
      lecithin: ['abm-36', 'douglas-2023'],
      'advised-against': ['abm-36', 'douglas-2023', 'llli-gb', 'nhs-mastitis'],
      'get-help': [
        'abm-36',
        'article-kellymom',
        'gloucestershire-pathway',
        'llli-gb',
        'nhs-mastitis',
        'nhs-sepsis',
        'nice-cks-mastitis',
        'nice-ng12',
        'nice-ng194',
        'nice-ng51',
        'uk-sepsis-trust',
      ],
    });
    for (const step of steps) expect(new Set(step.sources).size, `${step.id}: no source twice`).to.equal(step.sources.length);
  });

  it('say when to get help at every level the checker uses, the baby and the appointment signs included', () => {
    const help = steps.find((s) => s.id === 'get-help')!;
    const text = [help.body(marked), ...(help.points ?? []).map((point) => point(marked)), help.closing?.(marked) ?? ''].join(' ');
    for (const words of ['emergency number', 'within a few hours', 'today', 'Book an appointment', 'your baby seems unwell', 'pus', 'both breasts', 'orange peel', '‹35.0 c›']) {
      expect(text, words).to.include(words);
    }
    expect(text).to.include('different from the black, grey or bruise-like patches of an emergency');
  });

  it('name both painkillers, say no aspirin and never give a dose', () => {
    const pain = steps.find((s) => s.id === 'pain-relief')!;
    const text = [pain.title(marked), pain.body(marked), ...(pain.points ?? []).map((point) => point(marked))].join(' ');
    expect(text).to.match(/paracetamol/i).and.match(/acetaminophen/i).and.match(/ibuprofen/i).and.match(/not take aspirin/i);
    expect(text).not.to.match(/\d\s*(mg|milligrams?|ml)\b/i);
    expect(pain.title(marked), 'the title does not name ibuprofen alone').not.to.match(/ibuprofen/i);
  });

  it('say the disputed model of a clog as what current guidance describes, never as fact', () => {
    const all = [
      ...steps.flatMap((s) => [s.title(marked), s.body(marked), ...(s.points ?? []).map((point) => point(marked)), s.closing?.(marked) ?? '']),
      ...techniques.flatMap((t) => [t.article(marked), t.now(marked), t.reason(marked)]),
    ];
    for (const text of all) {
      expect(text).not.to.match(/\b(a|the) clog is (swollen|swelling|inflam|narrow|not)/i);
      expect(text).not.to.match(/\bis (swollen tissue|swelling), not\b/i);
      expect(text).not.to.match(/,? not (stuck|trapped) milk/i);
    }
    expect(all.join(' ')).to.include('Current guidance (2022) describes a clog as swelling around the milk ducts rather than trapped milk');
  });
});

describe('content: the article’s techniques', () => {
  it('cover the article’s techniques, each kept, changed or advised against as the guidance says', () => {
    // ../shared/guidance.md, "What the article covers" and "Where the article and current guidance differ".
    const expected: Record<string, (typeof TECHNIQUE_STATUSES)[number]> = {
      'chin-toward-clog': 'kept',
      'massage-toward-nipple': 'advised-against',
      'rest-fluids-food': 'kept',
      heat: 'changed',
      'hot-soak': 'advised-against',
      'oil-massage': 'changed',
      'knuckle-kneading': 'advised-against',
      'thumb-toward-nipple': 'advised-against',
      dangling: 'advised-against',
      emptying: 'changed',
      'pain-or-redness': 'changed',
      'see-provider': 'kept',
    };
    expect(Object.fromEntries(ARTICLE_TECHNIQUES.map((t) => [t.id, t.status]))).to.deep.equal(expected);
  });

  it('map each technique to a step that exists; what is advised against, to the step that says so', () => {
    for (const technique of ARTICLE_TECHNIQUES) {
      const step = STEPS.find((s) => s.id === technique.step);
      expect(step, technique.id).not.to.equal(undefined);
      expect(step!.kind === 'avoid', technique.id).to.equal(technique.status === 'advised-against');
    }
  });

  it('mark the article\'s "see a provider with pain or redness" as changed: some pain and redness are part of a clog', () => {
    const painOrRedness = techniques.find((t) => t.id === 'pain-or-redness')!;
    expect(painOrRedness.status).to.equal('changed');
    expect(painOrRedness.advisedBy).to.equal('article-babycenter');
    expect(painOrRedness.article(marked)).to.match(/pain/).and.match(/red/);
    expect(painOrRedness.now(marked)).to.include('Some pain and redness are part of a clog').and.include('warning signs');
    expect(painOrRedness.reason(marked)).to.include('harder to see, on brown or black skin');
  });

  it('name the article itself by its title and publisher', () => {
    expect(ARTICLE.source).to.equal('article-romper');
    expect(ARTICLE.title).to.equal('How To *Exactly* Massage Out A Clogged Milk Duct & Get Yourself Some Relief');
  });

  it('say in words what the article advised, what to do now and why', () => {
    for (const technique of techniques) {
      expectText(technique.article(marked), `${technique.id} article`);
      expectText(technique.now(marked), `${technique.id} now`);
      expectText(technique.reason(marked), `${technique.id} reason`);
    }
  });
});
