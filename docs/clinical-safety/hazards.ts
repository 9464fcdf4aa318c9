/**
 * The hazard log's data (DCB0129-style), for a publisher's clinical safety officer. The log itself,
 * docs/clinical-safety/hazard-log.md, is generated from this file by scripts/clinical-docs.mjs, and
 * `npm test` fails when a control names a test that does not exist or did not pass in every browser.
 */

export const SEVERITIES = ['minor', 'significant', 'considerable', 'major', 'catastrophic'] as const;
export const LIKELIHOODS = ['very low', 'low', 'medium', 'high', 'very high'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Likelihood = (typeof LIKELIHOODS)[number];

/** A test by file and full name ("describe > it", as the test runner reports it). */
export interface TestRef {
  readonly file: string;
  readonly name: string;
}

export interface Control {
  /** What the control is, in a sentence. */
  readonly control: string;
  /** The tests that prove it. Every control of the widgets names at least one. */
  readonly tests: readonly TestRef[];
}

export interface Hazard {
  readonly id: string;
  readonly hazard: string;
  readonly cause: string;
  readonly effect: string;
  readonly severity: Severity;
  readonly before: Likelihood;
  readonly after: Likelihood;
  readonly controls: readonly Control[];
  /** What the publisher deploying the widgets must do; not provable by our tests. */
  readonly publisher?: readonly string[];
}

const checker = (name: string): TestRef => ({ file: 'test/checker/checker.test.ts', name: `<clog-checker> > ${name}` });
const rules = (name: string): TestRef => ({ file: 'test/triage/rules.test.ts', name });
const flow = (name: string): TestRef => ({ file: 'test/triage/flow.test.ts', name });
const story = (name: string): TestRef => ({ file: 'test/triage/examples.test.ts', name: `the checker, as a reader goes through it > ${name}` });
const content = (name: string): TestRef => ({ file: 'test/content/checker-content.test.ts', name: `content: the checker’s screens and signs > ${name}` });
const temperature = (name: string): TestRef => ({ file: 'test/triage/temperature.test.ts', name });
const languages = (name: string): TestRef => ({ file: 'test/localization/every-language.test.ts', name: `every language > ${name}` });

const EVERY_RULE = rules('triage rules, every pair together > over every assignment of two rules’ inputs, the level is the most urgent of every rule and what guidance.md asks for');
const EVERY_PATH = flow('the checker flow, over every path a reader can take > every path ends at the level guidance.md asks for');
const EARLY_STOP = flow('the checker flow, over every path a reader can take > stopping early always gives the same result as asking everything');
const EACH_SIGN = story('each warning sign, ticked alone, leads to its own level and is named');

export const HAZARDS: readonly Hazard[] = [
  {
    id: 'H1',
    hazard: 'Under-triage of an emergency',
    cause: 'A reader with signs of sepsis or a fast, deep breast infection is sent to less than emergency care: a missing or mis-levelled rule, an early stop before the sign is asked, or a "not sure" counted as no.',
    effect: 'Delay in treating sepsis or necrotising infection; death or permanent harm.',
    severity: 'catastrophic',
    before: 'medium',
    after: 'very low',
    controls: [
      { control: 'Emergency signs are asked first, one screen each for the body and the breast, and any one ticked ends the questions at once with the emergency result.', tests: [story('a sign of sepsis ends the questions at once, after one screen'), checker('a sign of sepsis ticked: the result at once, leading with a large tap-to-call button, the reason named, the event fired')] },
      { control: 'Every rule, every pair of rules and every path through the screens give the level guidance.md asks for (an oracle written apart from the rules).', tests: [EVERY_RULE, EVERY_PATH, EACH_SIGN] },
      { control: 'Stopping early never gives a different result from asking everything.', tests: [EARLY_STOP] },
      { control: 'The emergency result leads with the call: a large tap-to-call button when the publisher gives a number.', tests: [checker('a sign of sepsis ticked: the result at once, leading with a large tap-to-call button, the reason named, the event fired')] },
    ],
    publisher: ['Set `emergency-number` to the local number (911, 999, 112…).'],
  },
  {
    id: 'H2',
    hazard: 'Under-triage of urgent care',
    cause: 'A reader who feels very unwell, has a racing heart, a very low temperature, an unwell baby, or a fever with a weakened immune system or soon after birth is sent to a same-day or routine appointment; or "not sure" to an emergency sign is sent lower than urgent care.',
    effect: 'Delay of hours in assessing early sepsis or a sick baby.',
    severity: 'major',
    before: 'medium',
    after: 'very low',
    controls: [
      { control: '"Not sure" to an emergency sign gives urgent care, with the advice to call the emergency number if the sign is there or things get worse.', tests: [story('"not sure" about the signs of sepsis: urgent care within hours, not the emergency department'), checker('"Not sure" about the signs of sepsis: urgent care within hours, told to call the emergency number if the sign is there')] },
      { control: 'A reading of 35.0 °C (95.0 °F) or lower is a warning sign of its own.', tests: [story('a reading of 35.0 °C is a warning sign on its own: urgent care'), checker('temperature > 35,0 °C is a warning sign of its own: urgent care')] },
      { control: 'The fever follow-up (weakened immune system, recent birth) is asked whenever a fever counts.', tests: [story('a weakened immune system matters with a fever (urgent care) and is not asked without one'), flow('the checker flow, step by step > the fever follow-up is asked only with a fever')] },
      { control: 'Every rule and path, as for H1.', tests: [EVERY_RULE, EVERY_PATH, EARLY_STOP] },
    ],
    publisher: ['Set `urgent-number` (111, 116 117…) or keep the default wording, which names urgent care and out-of-hours doctors.'],
  },
  {
    id: 'H3',
    hazard: 'Under-triage of a same-day sign',
    cause: 'Fever, red streaks, pus, an infected nipple, a possible abscess, no improvement, or a high-risk context is answered but the reader is sent to self-care or a routine appointment; a thermometer reading is lost.',
    effect: 'Untreated infective mastitis progressing to abscess or sepsis.',
    severity: 'major',
    before: 'medium',
    after: 'very low',
    controls: [
      { control: 'A reading of 38.0 °C (100.4 °F) or more counts as a fever whatever was answered.', tests: [story('a reading of 38.2 °C counts as a fever even when she answered no'), checker('temperature > accepts 38,2 with a decimal comma and counts it as a fever, even after "No"')] },
      { control: 'Painkillers lower a reading: the fever question says to answer for how she felt before.', tests: [checker('temperature > the hint says painkillers lower a reading')] },
      { control: 'Every sign ticked alone reaches its level and is named; every rule and path as for H1.', tests: [EACH_SIGN, EVERY_RULE, EVERY_PATH] },
    ],
  },
  {
    id: 'H4',
    hazard: 'Under-triage of an appointment sign',
    cause: 'A persistent or recurring lump, or skin changes that can look like mastitis, end at self-care.',
    effect: 'Delayed assessment of a lump or inflammatory skin change that needs a clinician within two weeks.',
    severity: 'major',
    before: 'low',
    after: 'very low',
    controls: [
      { control: 'Appointment signs are asked on every path without a more urgent sign, and lead to an appointment within two weeks, said calmly, never naming cancer.', tests: [checker('a lump that has lasted more than a week: book an appointment, to be seen within two weeks'), content('never names cancer to the reader'), EVERY_PATH] },
    ],
  },
  {
    id: 'H5',
    hazard: 'Over-triage to the emergency department',
    cause: 'Ordinary fever with chills and aches, or doubt alone, sends the reader to the emergency department.',
    effect: 'Needless emergency visits; lost trust, so that a real emergency may be ignored; cost and travel with a newborn.',
    severity: 'significant',
    before: 'high',
    after: 'low',
    controls: [
      { control: 'Ordinary fever with chills gives same-day advice; extreme shivering is worded as far worse than fever chills.', tests: [story('ordinary fever with chills and aches: get medical advice today, never the emergency department'), checker('ordinary fever with chills and aches: medical advice today, never the emergency department'), content('tells ordinary chills and aches apart from the extreme shivering of sepsis')] },
      { control: '"Not sure" to an emergency sign gives urgent care, not the emergency department; emergency signs sit on screens of their own so that this holds.', tests: [story('"not sure" about the breast emergency signs: urgent care within hours'), content('keeps emergency signs on screens of their own, so that "not sure" there means urgent care and nothing less')] },
      { control: 'The rules never send a reader to more care than her signs call for (the oracle is exact, not a floor).', tests: [EVERY_RULE, EVERY_PATH] },
    ],
  },
  {
    id: 'H6',
    hazard: 'A question is misread',
    cause: 'Medical words, redness described only for light skin, several signs in one question, or a sign ticked by mistake.',
    effect: 'A sign is missed (under-triage) or claimed wrongly (over-triage).',
    severity: 'major',
    before: 'medium',
    after: 'low',
    controls: [
      { control: 'Each sign is its own line in plain words; redness and colour are described for every skin tone (NHS).', tests: [content('describes redness and colour changes for every skin tone (NHS)'), content('every sign and screen reads as words, with every number passed in from the thresholds')] },
      { control: 'Continue with nothing ticked, or "None of these" with a sign ticked, asks the reader to choose instead of guessing.', tests: [checker('Continue with nothing ticked, or None of these with a sign ticked, asks the reader to choose and moves on with nothing')] },
      { control: 'Back keeps answers and lets the reader change them; the summary shows every answer in words for the clinician.', tests: [checker('Back from a result returns to the last screen; changing the answer changes the result'), checker('offers a summary of the answers, ticked signs in words, to copy or print for a clinician')] },
    ],
  },
  {
    id: 'H7',
    hazard: 'A temperature is read in the wrong unit',
    cause: 'A reader types 37.2 with °F selected, or 100.4 with °C.',
    effect: 'A fever is missed, or a normal reading is taken for a fever or a dangerously low temperature.',
    severity: 'major',
    before: 'medium',
    after: 'very low',
    controls: [
      { control: 'Body temperatures in °C and °F never overlap: a number that fits only one unit is read in it and shown back ("Read as 37.2 °C").', tests: [temperature('parseTemperature > no number is plausible in both units, so inferring the unit can never pick the wrong one'), temperature('parseTemperature > reads 37.2 typed with °F selected as 37.2 °C, and says it was read in the other unit'), checker('temperature > 37.2 typed with °F selected is read as °C, shown back, and not refused')] },
      { control: 'A reading that fits neither unit, or is not a number, is refused with a clear message and never used.', tests: [checker('temperature > "1000" gets an inline message and no result until fixed or cleared'), checker('temperature > "abc" gets an inline message and no result until fixed or cleared')] },
    ],
  },
  {
    id: 'H8',
    hazard: 'A translation changes a meaning',
    cause: 'A level worded the same as another (Spanish "urgente" for two levels), a missing translation, a number written by hand, or a dropped placeholder.',
    effect: 'A reader in another language is sent to the wrong service, or reads English she does not understand.',
    severity: 'major',
    before: 'medium',
    after: 'low',
    controls: [
      { control: 'No English is left on any screen of any widget in any language; numbers and temperatures come through placeholders formatted by Intl.', tests: ['es', 'fr', 'de', 'pt-BR', 'ar'].map((code) => languages(`${code}: no English is left on any screen of any widget`)) },
      { control: 'The five levels read as five distinct headings in Spanish.', tests: [{ file: 'test/red-flag-banner/red-flag-banner.test.ts', name: '<clog-red-flag-banner> > lists the warning signs in Spanish when the page is in Spanish' }] },
    ],
    publisher: ['Have each language you publish reviewed by a clinician who reads it; the translations were written for this project and reviewed for terms, not clinically signed off.'],
  },
  {
    id: 'H9',
    hazard: 'The guidance goes stale or is misquoted',
    cause: 'The protocol is revised, a source is cited for a claim it does not make, or the decision table and the code drift apart.',
    effect: 'Advice that a clinician would no longer sign; misplaced trust in a source.',
    severity: 'considerable',
    before: 'medium',
    after: 'low',
    controls: [
      { control: 'Every warning sign, rule and step names only its own sources, with full citations; an unsourced sign must say so for the reviewer.', tests: [{ file: 'test/content/content.test.ts', name: 'content: every claim names a source that exists > every warning sign or outcome names at least one source from the sources list, or says for the reviewer why it has none' }, { file: 'test/content/content.test.ts', name: 'content: every claim names a source that exists > every source has a full citation, a short name and says what it supports; journals give a DOI' }] },
      { control: 'Every widget shows the date its content was checked and what against.', tests: [{ file: 'test/red-flag-banner/red-flag-banner.test.ts', name: '<clog-red-flag-banner> > says it is not a diagnosis and names what it was checked against, with the date' }] },
    ],
    publisher: ['Re-check the content against current guidance at least yearly and whenever ABM, NICE or the NHS revise their pages; docs/triage.md is regenerated from the code and `npm test` fails if it is out of date.'],
  },
  {
    id: 'H10',
    hazard: 'The script fails to load',
    cause: 'A blocked CDN, a content-security policy, an old browser, or JavaScript turned off.',
    effect: 'The reader sees no checker and no warning signs.',
    severity: 'major',
    before: 'low',
    after: 'very low',
    controls: [
      { control: 'The editor\'s light-DOM fallback shows until the widget runs; the demo\'s fallback for every widget names emergency help.', tests: [{ file: 'test/host-page/host-page.test.ts', name: 'when the script never loads > the demo article’s fallback for every widget names emergency help, so no reader is left without it' }, { file: 'test/localization/already-in-page.test.ts', name: 'a widget already in the page before the script loads > upgrades, hides its fallback, follows <html lang> and later changes to it' }] },
      { control: 'The bundle runs under a strict content-security policy with Trusted Types enforced.', tests: [{ file: 'test/csp/strict-csp.test.ts', name: 'on a page with a strict Content-Security-Policy and Trusted Types > the module bundle renders, styles itself and switches language with no violation' }] },
    ],
    publisher: ['Put warning-sign text inside each element as its fallback (the README shows how).'],
  },
  {
    id: 'H11',
    hazard: 'The host page hides content',
    cause: 'The publisher\'s CSS hides buttons, labels or headings, or colours text white on white.',
    effect: 'The reader cannot answer or cannot see the result.',
    severity: 'considerable',
    before: 'medium',
    after: 'low',
    controls: [
      { control: 'Everything renders in a shadow root: page CSS that hides buttons, labels and headings cannot hide the checker\'s question, signs or answers.', tests: [{ file: 'test/host-page/host-page.test.ts', name: 'on a host page > page CSS that hides buttons, labels and headings cannot hide the checker’s question, signs or answers' }] },
    ],
  },
  {
    id: 'H12',
    hazard: 'Self-care for a reader outside the checker\'s scope',
    cause: 'A reader with no lump, or not sure, reaches the self-care result.',
    effect: 'Another cause of breast pain goes unassessed.',
    severity: 'considerable',
    before: 'medium',
    after: 'very low',
    controls: [
      { control: 'No lump (or not sure) and no warning sign is its own outcome that suggests a midwife, health visitor, doctor or breastfeeding supporter, never the self-care result.', tests: [story('no lump and no warning sign: not the self-care result'), checker('no lump and no warning sign: not the self-care result, but someone to talk to'), rules('triage rules, each over every assignment of its own inputs > the tender lump: "not sure" gives the same advice as "no", never the self-care of "yes"')] },
    ],
  },
  {
    id: 'H13',
    hazard: 'Harmful self-care advice',
    cause: 'Deep massage, a medicine dose, aspirin, or a contested theory stated as fact.',
    effect: 'Tissue injury, a wrong dose, or misplaced confidence.',
    severity: 'considerable',
    before: 'medium',
    after: 'very low',
    controls: [
      { control: 'Deep massage and other older techniques are listed as advice to let go of, each with why.', tests: [{ file: 'test/massage-stepper/massage-stepper.test.ts', name: '<clog-massage-stepper> > lets go of the older techniques kindly, each with why, and says which advice it follows' }] },
      { control: 'Both painkillers, no aspirin, never a dose; the contested model said as such.', tests: [{ file: 'test/content/content.test.ts', name: 'content: the self-care steps > name both painkillers, say no aspirin and never give a dose' }, { file: 'test/content/content.test.ts', name: 'content: the self-care steps > say the disputed model of a clog as what current guidance describes, never as fact' }] },
    ],
  },
  {
    id: 'H15',
    hazard: 'Wording leads a reader to tick the wrong line',
    cause: 'Ordinary mastitis on brown or black skin read as the purple emergency sign; feeling unwell with a fever read as the urgent "very unwell"; the glass test done on the sore breast; a fever-only sign read without its fever.',
    effect: 'Over-triage to the emergency department or urgent care, or, the other way, a real sign not ticked.',
    severity: 'major',
    before: 'high',
    after: 'medium',
    controls: [
      { control: 'Redness and colour are described for every skin tone, and the emergency skin sign says it is different from redness that looks darker or purple.', tests: [content('describes redness and colour changes for every skin tone (NHS)')] },
      { control: 'Each screen says where ordinary fever symptoms are asked, so they are not ticked as something graver; fever-only signs carry the fever in their words.', tests: [content('tells ordinary chills and aches apart from the extreme shivering of sepsis'), content('says where ordinary fever symptoms belong, and keeps the fever in the words of the signs that need one')] },
    ],
    publisher: ['Have the wording reviewed by clinicians and tested with readers, including readers with brown or black skin, before going live.'],
  },
  {
    id: 'H14',
    hazard: 'A wrong or broken phone number',
    cause: 'The publisher types a number the widget turns into a wrong link, or text that is not a number.',
    effect: 'The tap-to-call button dials nothing, or something else.',
    severity: 'major',
    before: 'low',
    after: 'very low',
    controls: [
      { control: 'Only a plausible phone number becomes a tap-to-call link; anything else is shown as text, with no link and no call button.', tests: [checker('an urgent-care number that is not a phone number is shown as text, with no link and no call button'), { file: 'test/red-flag-banner/red-flag-banner.test.ts', name: '<clog-red-flag-banner> > turns an urgent-care number into a tap-to-call link, and shows anything else as text with no link' }] },
    ],
    publisher: ['Check the numbers you configure by tapping them on a phone before going live.'],
  },
];
