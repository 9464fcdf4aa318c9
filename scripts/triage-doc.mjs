// Writes docs/triage.md, the decision table for clinical reviewers, from the rules, questions and
// sources themselves, so that the document cannot drift from the code.
//   node scripts/triage-doc.mjs          writes docs/triage.md
//   node scripts/triage-doc.mjs --check  exits 1 if docs/triage.md is not what the code says
// The TypeScript is bundled in memory with esbuild and imported from a data: URL. @lit/localize is
// replaced by a stub that returns the English source text, so the document quotes the questions
// exactly as an English reader sees them.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, 'docs/triage.md');

const entry = `
export * from './src/triage/index.ts';
export { QUESTIONS, ANSWER_OPTIONS } from './src/content/questions.ts';
export { SOURCES, SYMPTOM_CHECKER_EVIDENCE } from './src/content/sources.ts';
export { CITATIONS } from './src/content/citations.ts';
export { LEVELS } from './src/content/levels.ts';
export { WARNING_SIGNS } from './src/content/warning-signs.ts';
export { THRESHOLDS } from './src/content/thresholds.ts';
export { COMBINATIONS, TEMPERATURE_CASES } from './test/triage/answer-space.ts';
`;

const localizeStub = {
  name: 'localize-stub',
  setup(b) {
    b.onResolve({ filter: /^@lit\/localize$/ }, () => ({ path: 'localize', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      loader: 'js',
      contents: `
        export const str = (strings, ...values) => ({ strings, values });
        export const msg = (t) => typeof t === 'string' ? t : t.strings.reduce((out, s, i) => out + t.values[i - 1] + s);
      `,
    }));
  },
};

async function load() {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'triage-doc-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    plugins: [localizeStub],
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const en = {
  number: (value, digits = 0) => value.toFixed(digits),
  temperature: (value, unit, digits = 0) => `${value.toFixed(digits)} °${unit.toUpperCase()}`,
  unitSymbol: (unit) => `°${unit.toUpperCase()}`,
};
const thousands = (n) => n.toLocaleString('en');
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (id) => `\`${id}\``;
const row = (cells) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

const LEVEL_MEANING = {
  'self-care': 'Self-care at home; the checker offers the massage stepper.',
  'see-provider': 'Book an appointment with a doctor or midwife; not urgent, but not to be put off.',
  'see-provider-today': 'Get medical advice the same day, even in the evening or at the weekend.',
  emergency: 'Get emergency help now.',
};

function render(m) {
  const {
    QUESTIONS, RULES, SELF_CARE, COVERED_SIGNS, NOT_SURE_POLICY, SOURCES, CITATIONS, SYMPTOM_CHECKER_EVIDENCE, LEVELS,
    WARNING_SIGNS, THRESHOLDS, COMBINATIONS, TEMPERATURE_CASES, TEMPERATURE_QUESTION,
  } = m;
  const sources = (ids) => ids.map((id) => SOURCES[id]()).join('; ');
  const sign = (id) => WARNING_SIGNS.find((s) => s.id === id);
  const levelOf = (id) => sign(id).level;
  const fever = `${en.number(THRESHOLDS.feverCelsius, 1)} °C (${en.number(THRESHOLDS.feverFahrenheit, 1)} °F)`;
  const { min, max } = THRESHOLDS.plausibleCelsius;

  // The stop rule, observed: along the path of no's, does a yes to this question end the questions?
  const stopsOnYes = new Map();
  const noSoFar = {};
  for (const question of QUESTIONS) {
    stopsOnYes.set(question.id, m.isFinished({ ...noSoFar, [question.id]: 'yes' }));
    noSoFar[question.id] = 'no';
  }

  const counts = (list, key) => LEVELS.slice().reverse().flatMap((level) => {
    const n = list.filter((x) => x[key] === level).length;
    return n ? [`${n} ${level}`] : [];
  }).join(', ');
  const signQuestions = QUESTIONS.filter((q) => q.kind === 'warning-sign');
  const optionProduct = QUESTIONS.reduce((n, q) => n * q.options.length, 1);

  const condition = (id, _, all) => {
    const text = `${code(id)} is yes or not sure`;
    if (id !== TEMPERATURE_QUESTION) return text;
    const withReading = `${text}, or a reading of ${fever} or more`;
    return all.length > 1 ? `(${withReading})` : withReading;
  };

  const examples = [
    ['38,2', 'c'], ['38.2', 'c'], [' 38.2 ', 'c'], ['100.4', 'f'], ['100.4 °F', 'c'], ['٣٨٫٢', 'c'],
    ['37,9', 'c'], ['100.4', 'c'], ['1000', 'c'], ['38..2', 'c'], ['3 8', 'c'], ['abc', 'c'], ['', 'c'],
  ].map(([input, unit]) => {
    const r = m.parseTemperature(input, unit);
    const outcome = r.ok
      ? `${r.celsius} °C (read as °${r.unit.toUpperCase()})${m.isFever(r.celsius) ? ': fever' : ''}`
      : `error \`${r.error}\`${r.plausibleAs ? `, fits °${r.plausibleAs.toUpperCase()}` : ''}`;
    return [`\`${JSON.stringify(input)}\``, `°${unit.toUpperCase()}`, outcome];
  });

  return `<!-- Generated by scripts/triage-doc.mjs from src/triage/ and src/content/. Do not edit: run \`npm run docs:triage\`. -->

# Triage decision table

For clinical reviewers: how \`<clog-checker>\` turns a reader's answers into where to seek care.
Everything below is generated from the code (\`src/triage/rules.ts\`, \`src/content/questions.ts\`,
\`src/content/sources.ts\`); the English wording is what an English reader sees. The checker gives
general information about where to seek care, never a diagnosis.

## Summary

- Levels, least to most urgent: ${LEVELS.map(code).join(' < ')}.
- ${QUESTIONS.length} questions: ${signQuestions.length} warning signs (${counts(signQuestions, 'raisesTo')}), ${QUESTIONS.filter((q) => q.kind === 'context').length} context question (the baby's age), ${QUESTIONS.filter((q) => q.kind === 'final').length} final question (a tender lump or wedge).
- ${RULES.length} rules (${counts(RULES, 'level')}); ${code(SELF_CARE.level)} when none applies.
- ${WARNING_SIGNS.length} warning signs: ${RULES.length} found by a rule, ${COVERED_SIGNS.length} covered by an earlier question at the same level.
- "Not sure" counts as ${NOT_SURE_POLICY.countsAs}. A temperature of ${fever} or more counts as a fever; readings outside ${min}–${max} °C are refused.
- The tests triage every one of ${thousands(COMBINATIONS)} combinations of answers (${thousands(optionProduct)} combinations of the options × ${TEMPERATURE_CASES.length} temperature readings: ${TEMPERATURE_CASES.map((t) => t.label).join(', ')}) in Chromium and Firefox.
- ${Object.keys(SOURCES).length} sources.

## Levels

${table(['level', 'what the reader is told to do'], LEVELS.map((level) => [code(level), LEVEL_MEANING[level]]))}

## Question order

Emergency signs first, then same-day signs, then appointment signs, then the tender lump. Every
warning sign offers yes, no and not sure.

${table(
  ['#', 'id', 'question (and hint)', 'options', 'yes or not sure leads to', 'reason', 'a yes ends the questions', 'sources'],
  QUESTIONS.map((q, i) => [
    i + 1,
    code(q.id),
    q.hint ? `${q.text(en)} *${q.hint(en)}*` : q.text(en),
    q.options.join(' / '),
    q.kind === 'warning-sign' ? code(q.raisesTo) : `${q.kind}: no change on its own`,
    q.reasons.map(code).join(', ') || '–',
    stopsOnYes.get(q.id) ? 'yes' : 'no',
    sources(q.sources),
  ]),
)}

## Rules

The result is the most urgent level of all the rules that apply, and the reasons are the warning
signs of those rules, most urgent first.

${table(
  ['when (all of)', 'level', 'reason', 'sources'],
  RULES.map((rule) => [rule.when.map(condition).join(' **and** '), code(rule.level), code(rule.reason), sources(rule.sources)]),
)}
| none of the above | ${code(SELF_CARE.level)} | – | ${sources(SELF_CARE.sources)} |

## Warning signs covered by another question

These signs have no question of their own. A question asked before the level could settle covers
each at the same level or higher, so the reader is never sent to less care; the red-flag banner
still lists them.

${table(
  ['sign', 'its level', 'covered by', 'why', 'sources'],
  COVERED_SIGNS.map((c) => [code(c.reason), code(levelOf(c.reason)), code(c.by), c.why, sources(c.sources)]),
)}

## "Not sure"

"Not sure" counts as **${NOT_SURE_POLICY.countsAs}** on every question: a reader who cannot rule a
warning sign out is sent where she would be sent if she had it, and the sign is named among the
reasons. Only a clear "no" rules a sign out; an unexpected answer value also counts as yes. This is
the most conservative rule and the simplest to prove, and symptom checkers are known to under-triage:

${SYMPTOM_CHECKER_EVIDENCE.map((id) => `- ${CITATIONS[id].citation} ${CITATIONS[id].supports}`).join('\n')}

## Temperature

- The reader may type a reading with the fever question, in °C or °F (the checker's
  \`temperature-unit\`), with a decimal point or comma; Arabic-Indic digits and full-width digits are
  read too. A unit typed after the number (\`°C\`, \`C\`, \`℃\`, \`°F\`, \`F\`, \`℉\`) wins over the
  selected one.
- Readings are converted to °C and rounded to 0.01 °C, so 100.4 °F is exactly 38.00 °C.
- Outside ${min}–${max} °C (${en.number((min * 9) / 5 + 32, 1)}–${en.number((max * 9) / 5 + 32, 1)} °F) a reading is refused as
  \`implausible\`, with the other unit suggested when the number fits it; anything that is not a
  single number is \`not-a-number\`; nothing typed is \`empty\` (no reading). A refused reading is
  never used.
- A reading of ${fever} or more counts as yes to ${code(TEMPERATURE_QUESTION)} whatever the reader
  answered. A lower reading never turns a yes into a no (chills and aches count without a fever).

${table(['typed', 'unit selected', 'result'], examples)}

## Stop rule

Questions are asked in the order above, and end when every question is answered, or as soon as a
warning sign has raised the level and no unanswered question could raise it further. Because the
most urgent signs come first, that is the first yes or not sure to a warning sign: everything more
urgent has already been ruled out. The baby's age never ends the questions; a reader who answers no
to every warning sign is asked all ${QUESTIONS.length} questions and ends at self-care. The tests
walk every possible path through the questions and check that stopping early always gives the same
level as triaging all the answers.

## Sources

${table(
  ['id', 'source', 'year', 'used for'],
  Object.entries(CITATIONS).map(([id, s]) => [code(id), s.url ? `${s.citation} <${s.url}>` : s.citation, s.year ?? '–', s.supports]),
)}
`;
}

const text = render(await load());

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error(
      'docs/triage.md is out of date with the triage rules, questions or sources.\n' +
        'Run `node scripts/triage-doc.mjs` (npm run docs:triage) and commit the result.',
    );
    process.exit(1);
  }
  console.log('docs/triage.md is up to date.');
} else {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  console.log('Wrote docs/triage.md.');
}
