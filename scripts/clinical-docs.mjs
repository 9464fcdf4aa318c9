// Writes the documents a clinical reviewer reads, from the code itself, so they cannot drift:
//   docs/triage.md                       the decision table, the screens, the proof's counts
//   docs/clinical-safety/hazard-log.md   the hazard log, from docs/clinical-safety/hazards.ts
// Usage:
//   node scripts/clinical-docs.mjs            writes both
//   node scripts/clinical-docs.mjs --check    exits 1 if either is not what the code says
//   node scripts/clinical-docs.mjs --verify   exits 1 unless every test the hazard log names ran
//                                             and passed in every browser (test-results.json)
// The TypeScript is bundled in memory with esbuild; @lit/localize is replaced by a stub that
// returns the English source text, so the documents quote what an English reader sees.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TRIAGE = resolve(root, 'docs/triage.md');
const HAZARD_LOG = resolve(root, 'docs/clinical-safety/hazard-log.md');

const entry = `
export * from './src/triage/index.ts';
export { SCREENS, ITEM_IDS } from './src/content/screens.ts';
export { SCREEN_TEXTS, ANSWER_LABELS } from './src/content/screen-texts.ts';
export { SOURCE_IDS, SYMPTOM_CHECKER_EVIDENCE } from './src/content/sources.ts';
export { SOURCE_NAMES } from './src/content/source-names.ts';
export { CITATIONS } from './src/content/citations.ts';
export { LEVELS } from './src/content/levels.ts';
export { WARNING_SIGNS, REASONS, reasonById } from './src/content/warning-signs.ts';
export { REASON_SOURCES } from './src/content/reason-sources.ts';
export { REASON_TEXTS } from './src/content/warning-sign-texts.ts';
export { THRESHOLDS } from './src/content/thresholds.ts';
export { HAZARDS, SEVERITIES, LIKELIHOODS } from './docs/clinical-safety/hazards.ts';
export * as proof from './test/triage/proof.ts';
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
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'clinical-docs-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    plugins: [localizeStub],
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
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
  'self-care': 'Care at home, with the signs that would change that; the checker offers the self-care steps.',
  'see-provider': 'Book an appointment with a doctor, to be seen within two weeks: not today, but not to be put off.',
  'see-provider-today': 'Contact a doctor or midwife today, even in the evening or at the weekend.',
  'urgent-care': 'Get medical help within a few hours (urgent care, an out-of-hours doctor, the maternity unit, or `urgent-number`); the emergency department if she cannot get through or gets worse.',
  emergency: 'Call the emergency number (`emergency-number`, as a large tap-to-call button) or go to the emergency department now.',
};

function describeCondition(c, m) {
  if ('item' in c) {
    if (c.is) return `${code(c.item)} is ${c.is.map((a) => `"${a}"`).join(' or ')}`;
    return `${code(c.item)} is yes or not sure`;
  }
  if ('reading' in c) {
    const t = m.THRESHOLDS;
    return c.reading === 'fever'
      ? `a reading of ${t.feverCelsius.toFixed(1)} °C (${t.feverFahrenheit} °F) or more`
      : `a reading of ${t.lowCelsius.toFixed(1)} °C (${t.lowFahrenheit.toFixed(1)} °F) or less`;
  }
  if ('any' in c) return `(${c.any.map((x) => describeCondition(x, m)).join(' **or** ')})`;
  return c.all.map((x) => describeCondition(x, m)).join(' **and** ');
}

/** The proof's counts, computed the way the tests compute them. */
function proofCounts(m) {
  const { proof, RULES } = m;
  let perRule = 0;
  for (const rule of RULES) {
    const { items, reading } = proof.inputsOfRules([rule]);
    perRule += proof.forEachAssignment(items, reading, () => {});
  }
  let pairs = 0;
  let pairAssignments = 0;
  RULES.forEach((a, i) => {
    for (const b of RULES.slice(i + 1)) {
      const { items, reading } = proof.inputsOfRules([a, b]);
      pairs += 1;
      pairAssignments += proof.forEachAssignment(items, reading, () => {});
    }
  });
  let longest = 0;
  let simple = 0;
  const paths = proof.forEachPath(({ flow, steps }) => {
    longest = Math.max(longest, flow.path.length);
    const result = proof.result(flow);
    if (result.level === 'self-care' && steps.every((s) => /: (none|no, no reading|yes)$/.test(s))) simple = flow.path.length;
  });
  return { perRule, pairs, pairAssignments, paths, longest, simple };
}

function renderTriage(m) {
  const { SCREENS, SCREEN_TEXTS, RULES, NOT_SURE_POLICY, SOURCE_NAMES, CITATIONS, SYMPTOM_CHECKER_EVIDENCE, LEVELS, WARNING_SIGNS, REASONS, REASON_SOURCES, REASON_TEXTS, THRESHOLDS, reasonById } = m;
  const names = (ids) => [...new Set(ids.map((id) => SOURCE_NAMES[id]()))].join('; ') || '*none: see note*';
  const counts = proofCounts(m);
  const byLevel = (list) => LEVELS.slice().reverse().flatMap((level) => {
    const n = list.filter((x) => x.level === level).length;
    return n ? [`${n} ${level}`] : [];
  }).join(', ');
  const { min, max } = THRESHOLDS.plausibleCelsius;
  const examples = [
    ['38,2', 'c'], ['100.4', 'f'], ['100.4', 'c'], ['37.2', 'f'], ['35,0', 'c'], ['95', 'f'], ['٣٨٫٢', 'c'],
    ['38 F', 'c'], ['60', 'c'], ['abc', 'c'], ['', 'c'],
  ].map(([input, unit]) => {
    const r = m.parseTemperature(input, unit);
    const outcome = r.ok
      ? `${r.celsius} °C, read as °${r.unit.toUpperCase()}${r.inferred ? ' (the only unit it fits; shown back)' : ''}${m.isFever(r.celsius) ? ': a fever' : ''}${m.isLowTemperature(r.celsius) ? ': low, a warning sign' : ''}`
      : `refused: \`${r.error}\``;
    return [`\`${JSON.stringify(input)}\``, `°${unit.toUpperCase()}`, outcome];
  });

  return `<!-- Generated by scripts/clinical-docs.mjs from src/triage/ and src/content/. Do not edit: run \`npm run docs\`. -->

# Triage decision table

For clinical reviewers: how \`<clog-checker>\` turns a reader's answers into where to seek care.
Everything below is generated from the code (\`src/triage/rules.ts\`, \`src/content/screens.ts\`,
\`src/content/warning-signs.ts\`, \`src/content/reason-sources.ts\`, \`src/content/citations.ts\`); the English wording is what an
English reader sees. The checker gives general information about where to seek care, never a
diagnosis. The hazard log is in [clinical-safety/hazard-log.md](clinical-safety/hazard-log.md).

## Summary

- Levels, least to most urgent: ${LEVELS.map(code).join(' < ')}.
- ${WARNING_SIGNS.length} warning signs (${byLevel(WARNING_SIGNS)}) and one outcome of its own (no lump).
- ${SCREENS.length} screens; a reader with a simple clog and no warning sign answers **${counts.simple}** (the fever follow-up is asked only with a fever). No path asks more than ${counts.longest}.
- ${RULES.length} rules; the result is the most urgent level of every rule that holds, \`self-care\` when none does.
- "Not sure" to an emergency sign gives \`${NOT_SURE_POLICY.unsureLevel.emergency}\`; elsewhere it counts as yes.
- A temperature of ${THRESHOLDS.feverCelsius.toFixed(1)} °C (${THRESHOLDS.feverFahrenheit} °F) or more is a fever; ${THRESHOLDS.lowCelsius.toFixed(1)} °C (${THRESHOLDS.lowFahrenheit.toFixed(1)} °F) or less is a warning sign; readings outside ${min}–${max} °C are refused.
- **Proven by the tests, in Chromium and Firefox:** every rule over all ${thousands(counts.perRule)} assignments of its own inputs; all ${thousands(counts.pairs)} pairs of rules over ${thousands(counts.pairAssignments)} assignments of their inputs together; the maximum over every triple of levels; and ${thousands(counts.paths)} paths through the screens, each compared with asking everything.

## Levels

${table(['level', 'what the reader is told to do'], LEVELS.map((level) => [code(level), LEVEL_MEANING[level]]))}

## Screens, in the order asked

Signs screens show each sign as its own line (a tick box) with three answers: Continue (with the
signs ticked), None of these, and Not sure (for every sign on the screen). Questions are answered
Yes, No or Not sure.

${table(
  ['#', 'screen', 'question (and hint)', 'signs (level)', 'asked'],
  SCREENS.map((s, i) => {
    const text = SCREEN_TEXTS[s.id];
    const signs = s.kind === 'signs' ? s.items.map((item) => `${code(item)} (${reasonById(item).level})`).join(', ') : `question: ${code(s.item)}`;
    return [i + 1, code(s.id), text.hint ? `${text.question(en)} *${text.hint(en)}*` : text.question(en), signs, 'askIf' in s ? 'only with a fever' : 'always, until the result is settled'];
  }),
)}

## Rules

${table(
  ['reason', 'holds when', 'level', '"not sure" gives', 'sources'],
  RULES.map((rule) => {
    const reason = reasonById(rule.reason);
    return [code(rule.reason), describeCondition(rule.when, m), code(reason.level), code(NOT_SURE_POLICY.unsureLevel[reason.level] ?? reason.level), names(REASON_SOURCES[reason.id].sources)];
  }),
)}
| – | none of the above | \`self-care\` | – | – |

## Warning signs, as readers see them

${table(
  ['id', 'level', 'text', 'sources', 'note for the reviewer'],
  REASONS.map((r) => [code(r.id), code(r.level), REASON_TEXTS[r.id](en), names(REASON_SOURCES[r.id].sources), REASON_SOURCES[r.id].note ?? '']),
)}

## "Not sure"

"Not sure" to an emergency sign sends the reader to \`urgent-care\`, with the advice to call the
emergency number if she finds she has the sign or gets worse: doubt alone never sends her to the
emergency department, and never lower than urgent care. Elsewhere "not sure" counts as yes. Only a
clear "no" rules a sign out. The tender lump is the exception in direction: "not sure" gives the
same as "no" (the no-lump outcome), never the self-care of "yes". Why the triage leans safe, and
not too far:

${SYMPTOM_CHECKER_EVIDENCE.map((id) => `- ${CITATIONS[id].citation} ${CITATIONS[id].supports}`).join('\n')}

## Temperature

- The reader may type a reading with the fever question, in °C or °F, with a decimal point or
  comma; Arabic-Indic and full-width digits are read too. A unit typed after the number wins.
- Body temperatures in the two units never overlap (${min}–${max} °C is ${en.number((min * 9) / 5 + 32, 1)}–${en.number((max * 9) / 5 + 32, 1)} °F), so a number that fits only the
  other unit than the one selected is read in that unit and shown back ("Read as 37.2 °C").
- Anything else is refused with a message, never used. Painkillers lower a reading: the question's
  hint asks the reader to answer for how she felt before, if she took one in the last ${THRESHOLDS.painkillerHours.from}–${THRESHOLDS.painkillerHours.to} hours.

${table(['typed', 'unit selected', 'result'], examples)}

## Stop rule

Screens are asked in the order above and end when every screen that applies is answered, or as
soon as no unanswered question could raise the level further (\`src/triage/flow.ts\`). An emergency
sign ends the questions at once. A reader with no warning sign is asked every screen, ending with
the tender lump. The tests compare every path's result with the same answers completed with the
least and the most care.

## Sources

${table(
  ['id', 'citation', 'DOI or URL', 'read', 'used for', 'note'],
  Object.entries(CITATIONS).map(([id, s]) => [code(id), s.citation, s.doi ? `doi:${s.doi}` : s.url ? `<${s.url}>` : '–', s.read ?? (s.url ? 'to confirm at sign-off' : '–'), s.supports, s.note ?? '']),
)}
`;
}

const MATRIX = [
  // severity: minor, significant, considerable, major, catastrophic (DCB0129 risk matrix)
  [1, 1, 2, 2, 3], // very low
  [1, 2, 2, 3, 4], // low
  [2, 2, 3, 3, 4], // medium
  [2, 3, 3, 4, 5], // high
  [3, 4, 4, 5, 5], // very high
];
const RISK_WORDS = ['', '1 (acceptable)', '2 (acceptable; reduce where practical)', '3 (undesirable: needs justification and sign-off)', '4 (unacceptable)', '5 (unacceptable)'];

function renderHazardLog(m) {
  const { HAZARDS, SEVERITIES, LIKELIHOODS } = m;
  const risk = (h, l) => RISK_WORDS[MATRIX[LIKELIHOODS.indexOf(l)][SEVERITIES.indexOf(h.severity)]];
  const sections = HAZARDS.map((h) => `### ${h.id}: ${h.hazard}

- **Cause:** ${h.cause}
- **Effect:** ${h.effect}
- **Severity:** ${h.severity}. **Likelihood before controls:** ${h.before} → risk ${risk(h, h.before)}. **After:** ${h.after} → risk ${risk(h, h.after)}.

${table(['control', 'proved by (file › test)'], h.controls.map((c) => [c.control, c.tests.map((t) => `\`${t.file}\` › ${t.name}`).join('<br>')]))}
${h.publisher ? `\n**The publisher must:** ${h.publisher.join(' ')}\n` : ''}`);

  return `<!-- Generated by scripts/clinical-docs.mjs from docs/clinical-safety/hazards.ts. Do not edit: run \`npm run docs\`. -->

# Hazard log

Modelled on the NHS clinical risk management standard DCB0129 (the manufacturer's side; a
publisher deploying the widgets has DCB0160 duties of its own). Severity and likelihood use the
standard's five-point scales and risk matrix. Every control names the tests that prove it; \`npm
test\` fails when a named test does not exist or did not pass in both Chromium and Firefox. The
safety case is in [safety-case.md](safety-case.md); the decision table in [../triage.md](../triage.md).

## Summary

${table(['id', 'hazard', 'severity', 'risk before', 'risk after', 'controls', 'tests'], HAZARDS.map((h) => [h.id, h.hazard, h.severity, risk(h, h.before), risk(h, h.after), h.controls.length, h.controls.reduce((n, c) => n + c.tests.length, 0)]))}

## Hazards

${sections.join('\n')}`;
}

async function verify(m) {
  const results = JSON.parse(await readFile(resolve(root, 'test-results.json'), 'utf8'));
  // Both browsers, always: a run in one browser (BROWSER=chromium) must not pass as the hazard log's check.
  const browsers = ['Chromium', 'Firefox ESR'];
  const problems = [];
  let checked = 0;
  for (const hazard of m.HAZARDS) {
    for (const control of hazard.controls) {
      if (!control.tests.length) problems.push(`${hazard.id}: a control names no test: ${control.control}`);
      for (const test of control.tests) {
        for (const browser of browsers) {
          const found = results.find((r) => r.file === test.file && r.name === test.name && r.browser === browser);
          if (!found) problems.push(`${hazard.id}: no test "${test.name}" in ${test.file} ran in ${browser}`);
          else if (!found.passed) problems.push(`${hazard.id}: "${test.name}" did not pass in ${browser}`);
          else checked += 1;
        }
      }
    }
  }
  if (problems.length) {
    console.error(`The hazard log names tests that did not run and pass:\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`Hazard log: ${m.HAZARDS.length} hazards; every control's test ran and passed (${checked} checks in ${browsers.join(', ')}).`);
}

const m = await load();
if (process.argv.includes('--verify')) {
  await verify(m);
} else {
  const outputs = [
    [TRIAGE, renderTriage(m)],
    [HAZARD_LOG, renderHazardLog(m)],
  ];
  if (process.argv.includes('--check')) {
    let stale = false;
    for (const [file, text] of outputs) {
      if ((await readFile(file, 'utf8').catch(() => '')) !== text) {
        console.error(`${file.slice(root.length + 1)} is out of date with the code. Run \`npm run docs\` and commit the result.`);
        stale = true;
      }
    }
    if (stale) process.exit(1);
    console.log('docs/triage.md and docs/clinical-safety/hazard-log.md are up to date.');
  } else {
    for (const [file, text] of outputs) {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
      console.log(`Wrote ${file.slice(root.length + 1)}.`);
    }
  }
}
