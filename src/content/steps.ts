import { msg, str } from '@lit/localize';
import type { SourceId } from './sources.js';
import { THRESHOLDS } from './thresholds.js';
import type { NumberFormatter } from './units.js';

/**
 * - `do`: advised by current guidance.
 * - `reassure`: what a worried reader needs to know; nothing to do.
 * - `optional`: may help comfort; weak or no evidence, no harm known.
 * - `avoid`: the older techniques now advised against, and why.
 * - `get-help`: when self-care is not enough.
 */
export type StepKind = 'do' | 'reassure' | 'optional' | 'avoid' | 'get-help';

export interface Step {
  readonly id: string;
  readonly kind: StepKind;
  /** Only the sources that say this step's claims (../shared/guidance.md; citations.ts says what each supports). */
  readonly sources: readonly SourceId[];
  /** Said to a clinical reviewer when the sources need a word of explanation (docs, never readers). */
  readonly note?: string;
  /**
   * A countdown the stepper can offer: `minutes` to start from, within the advised `min`–`max`.
   */
  readonly timer?: { readonly minutes: number; readonly min: number; readonly max: number };
  /** The step's heading, in the active locale. */
  title(format: NumberFormatter): string;
  /** A few short sentences. */
  body(format: NumberFormatter): string;
  /** Optional bullet points under the body. */
  readonly points?: readonly ((format: NumberFormatter) => string)[];
  /** Optional closing paragraph under the points. */
  readonly closing?: (format: NumberFormatter) => string;
}

const { min: coldMin, max: coldMax } = THRESHOLDS.coldPackMinutes;

/**
 * Self-care for a clogged duct, following current guidance (ABM Protocol #36, 2022, with the NHS
 * and NICE CKS where they agree) rather than the older article it replaces; ARTICLE_TECHNIQUES
 * (techniques.ts) maps each of the article's techniques to the step that now covers it.
 *
 * The protocol's model of a clog (swelling around the ducts, not a plug of milk) is disputed
 * (Douglas 2023; NHS pages still describe a build-up of milk), so it is always said as what
 * "current guidance (2022) describes", never as fact. No text gives a medicine dose.
 *
 * Short, warm sentences: the reader is in pain and may be holding a baby.
 */
export const STEPS = [
  {
    id: 'feed-as-usual',
    kind: 'do',
    sources: ['abm-36'],
    title: () => msg('Keep feeding as usual', { desc: 'Self-care step title.' }),
    body: () =>
      msg(
        'Feed your baby whenever they want, just as before. There is no need to pump extra or to try to empty the breast. Current guidance (2022) describes a clog as swelling around the milk ducts rather than trapped milk, so the aim is to calm the swelling, not to drain the breast. If a breast feels too full, express a little, just until it feels better.',
        {
          desc: 'Self-care step: keep feeding on demand; express only for comfort. "Current guidance (2022) describes…" must stay a description, not a statement of fact: experts disagree.',
        },
      ),
  },
  {
    id: 'milk-safe',
    kind: 'reassure',
    // Settling within a day or two: ABM #36. Milk safe with mastitis and its usual antibiotics,
    // and streaks of blood among the ordinary symptoms: NHS.
    sources: ['abm-36', 'nhs-mastitis'],
    title: () => msg('Your milk is still good for your baby', { desc: 'Self-care step title: reassurance.' }),
    body: (f: NumberFormatter) => {
      const from = f.number(THRESHOLDS.settleDays.from);
      const to = f.number(THRESHOLDS.settleDays.to);
      return msg(
        str`Most clogs settle within ${from} to ${to} days with the care in these steps. Your milk stays safe for your baby all along, even if the clog turns into mastitis, and even with the antibiotics usually given for it.`,
        { desc: 'Self-care step: reassurance. The numbers are days ("a day or two"), already formatted for the language.' },
      );
    },
    points: [
      () =>
        msg(
          'You may see streaks of blood in your milk. This can happen with mastitis and does not harm your baby. On its own, it is not a warning sign.',
          { desc: 'Self-care step, reassurance: blood streaks in breast milk are common and harmless to the baby.' },
        ),
    ],
  },
  {
    id: 'cold-pack',
    kind: 'do',
    // Cold packs: ABM #36. About once an hour: University of Iowa handout. Cold between feeds: LLL GB.
    sources: ['abm-36', 'iowa-handout', 'llli-gb'],
    // The countdown starts midway through the advised 10–20 minutes.
    timer: { minutes: 15, min: coldMin, max: coldMax },
    title: () => msg('Cool the sore area', { desc: 'Self-care step title: cold pack.' }),
    body: (f: NumberFormatter) => {
      const min = f.number(coldMin);
      const max = f.number(coldMax);
      return msg(
        str`Wrap a cold pack in a thin cloth, never straight on your skin, and hold it on the sore area for about ${min} to ${max} minutes. You can do this about once an hour, between feeds. Cold calms the swelling.`,
        { desc: 'Self-care step: cold pack. The numbers are minutes, already formatted for the language.' },
      );
    },
  },
  {
    id: 'pain-relief',
    kind: 'do',
    // Both compatible, no aspirin: NHS (and NICE CKS for the two painkillers). Ibuprofen favoured
    // for inflammation: ABM #36. Painkillers lower a temperature reading: guidance.md, fever sign.
    sources: ['nhs-mastitis', 'nice-cks-mastitis', 'abm-36'],
    note: 'guidance.md v2 gives the ibuprofen cautions (asthma made worse by anti-inflammatories, stomach ulcer, kidney or heart problems, blood thinners) without naming a source; they match the NHS medicine page for ibuprofen, which is not in the source list. Flagged for the clinical sign-off.',
    title: () => msg('Ease the pain with a painkiller', { desc: 'Self-care step title: paracetamol or ibuprofen.' }),
    body: () =>
      msg(
        'Paracetamol (also called acetaminophen) and ibuprofen both ease the pain, and you can take either of them while breastfeeding. Ibuprofen also calms swelling, so current guidance slightly prefers it. Take the amount the packet says, or ask a pharmacist. Do not take aspirin while you are breastfeeding.',
        {
          desc: 'Self-care step: painkillers. Use the local names of paracetamol/acetaminophen. Never add a dose: the reader follows the packet or a pharmacist.',
        },
      ),
    points: [
      () =>
        msg(
          'Ibuprofen is not right for everyone. Ask a pharmacist first if you have asthma that gets worse with anti-inflammatory medicines, a stomach ulcer, or kidney or heart problems, or if you take medicine to thin your blood.',
          { desc: 'Self-care step, painkillers: who should ask a pharmacist before taking ibuprofen.' },
        ),
      (f: NumberFormatter) => {
        const from = f.number(THRESHOLDS.painkillerHours.from);
        const to = f.number(THRESHOLDS.painkillerHours.to);
        return msg(
          str`Both can bring a temperature down for ${from} to ${to} hours. If you check for a fever, think about how you felt before you took them.`,
          { desc: 'Self-care step, painkillers: they can hide a fever. The numbers are hours, already formatted for the language.' },
        );
      },
    ],
  },
  {
    id: 'light-touch',
    kind: 'do',
    // Light lymphatic drainage: ABM #36; "like petting a cat": University of Iowa handout; disputed:
    // Douglas 2023; NHS pages still describe stroking toward the nipple.
    sources: ['abm-36', 'iowa-handout', 'douglas-2023', 'nhs-mastitis'],
    title: () => msg('Stroke lightly toward your armpit', { desc: 'Self-care step title: light lymphatic drainage.' }),
    body: () =>
      msg(
        'With a relaxed, flat hand, stroke the skin very gently from the sore area toward your armpit and up toward your collarbone. Use the lightest touch, as if you were petting a cat. It should not hurt. Not every expert agrees that this helps, but all agree that deep massage does not.',
        { desc: 'Self-care step: light lymphatic drainage. "Petting a cat" is an image from a hospital handout; adapt if needed.' },
      ),
    closing: () =>
      msg(
        'You may read older or national advice, such as NHS pages, that says to stroke toward the nipple. This guide follows the 2022 protocol, which advises strokes toward the armpit instead.',
        { desc: 'Self-care step, light strokes: says plainly that some advice differs and which one the widget follows.' },
      ),
  },
  {
    id: 'be-gentle',
    kind: 'do',
    // Bra, straps and sleeping position: NHS and ABM #36. Leave a bleb alone: ABM #36.
    sources: ['nhs-mastitis', 'abm-36'],
    title: () => msg('Be gentle with the sore breast', { desc: 'Self-care step title: nothing pressing on the breast; leave the nipple alone.' }),
    body: () =>
      msg('Wear a comfortable, well-fitting bra that supports you without pressing on the sore area.', {
        desc: 'Self-care step: a supportive bra.',
      }),
    points: [
      () =>
        msg('Avoid tight straps, and try not to sleep on that side.', {
          desc: 'Self-care step, be gentle: nothing pressing on the sore breast.',
        }),
      () =>
        msg(
          'If you see a small white spot on your nipple (sometimes called a bleb), leave it alone. Do not pick it, scrape it or open it with a needle.',
          { desc: 'Self-care step, be gentle: a nipple bleb. Use a plain local word for "bleb" if there is one.' },
        ),
    ],
  },
  {
    id: 'rest-fluids',
    kind: 'do',
    // Rest and fluids: NHS. Food: the doula quoted in the article.
    sources: ['nhs-mastitis', 'article-doula'],
    title: () => msg('Rest, drink and eat', { desc: 'Self-care step title.' }),
    body: () =>
      msg('Rest whenever you can, keep a drink nearby, and eat something. If someone can help with the baby or the house, let them.', {
        desc: 'Self-care step: rest, fluids and food.',
      }),
  },
  {
    id: 'brief-warmth',
    kind: 'optional',
    // Brief moist warmth before a feed, cold between: LLL GB. No long hot soaks: ABM #36. NHS pages
    // still suggest warmth more broadly.
    sources: ['llli-gb', 'abm-36', 'nhs-mastitis'],
    title: () => msg('If you like, a little warmth before a feed', { desc: 'Self-care step title: optional brief warmth.' }),
    body: () =>
      msg(
        'Some people find that a warm, damp cloth held on the breast for a short time just before a feed helps the milk flow. This is up to you. Between feeds, use cold, and skip long hot soaks.',
        { desc: 'Self-care step: brief moist warmth before a feed is optional; never long hot soaks.' },
      ),
    closing: () =>
      msg(
        'Older and some national advice, such as NHS pages, suggests warmth more often. This guide follows the 2022 protocol, which prefers cold.',
        { desc: 'Self-care step, warmth: says plainly that some advice differs and which one the widget follows.' },
      ),
  },
  {
    id: 'chin-toward',
    kind: 'optional',
    sources: ['article-rn-ibclc'],
    title: () => msg("Point your baby's chin toward the sore spot", { desc: 'Self-care step title: feeding position.' }),
    body: () =>
      msg(
        'While feeding, you can try holding your baby so that their chin points toward the sore area. It does no harm and may feel more comfortable, although there is little evidence that it clears a clog.',
        { desc: 'Self-care step: chin toward the clog; harmless, little evidence.' },
      ),
  },
  {
    id: 'lecithin',
    kind: 'optional',
    sources: ['abm-36', 'douglas-2023'],
    title: () => msg('Sunflower lecithin: sometimes suggested', { desc: 'Self-care step title: a food supplement.' }),
    body: () =>
      msg(
        'Some people suggest sunflower lecithin, a food supplement. The evidence for it is weak, and some experts doubt that it helps. If you want to try it, ask a pharmacist or your provider first.',
        { desc: 'Self-care step: sunflower lecithin, weak evidence, disputed.' },
      ),
  },
  {
    id: 'advised-against',
    kind: 'avoid',
    // Advised against: ABM #36 (deep massage, vibration, pushing toward the nipple, pumping extra,
    // dangling, long hot soaks). Douglas 2023 disputes the model but agrees that deep massage and
    // draining do not help. Cold between feeds: LLL GB. NHS pages still describe a build-up of milk.
    sources: ['abm-36', 'douglas-2023', 'llli-gb', 'nhs-mastitis'],
    title: () => msg('Older advice you can let go of', { desc: 'Self-care step title: older techniques now advised against. Kind, never blaming the reader who tried them.' }),
    body: () =>
      msg(
        'You may have read or been told to try these. Many people have, and it was the advice at the time. Current guidance (2022) no longer recommends them: firm pressure can hurt the breast tissue and make the swelling worse.',
        { desc: 'Self-care step: why older techniques are advised against, said kindly. Followed by a list.' },
      ),
    points: [
      () =>
        msg('Deep massage: kneading with your knuckles, rubbing hard, or massage with oil. It can hurt the tissue and add to the swelling.', {
          desc: 'List item: an older technique now advised against, and why.',
        }),
      () =>
        msg('Pushing with your thumb toward the nipple to force the milk out. It does not clear a clog, and the pressure can hurt the tissue.', {
          desc: 'List item: an older technique now advised against, and why.',
        }),
      () =>
        msg('Vibration on the breast, for example with a massager. Like deep massage, it can irritate the tissue.', {
          desc: 'List item: an older technique now advised against, and why.',
        }),
      () =>
        msg('Dangling the breast so that gravity pulls the milk. There is no evidence that it helps.', {
          desc: 'List item: an older technique now advised against, and why.',
        }),
      () =>
        msg('Long soaks in hot water, or very hot compresses. Cold between feeds is advised instead; a little warmth just before a feed is enough.', {
          desc: 'List item: an older technique now advised against, and why.',
        }),
      () =>
        msg('Pumping extra to try to empty the breast. It does not clear a clog, and it can make your body make even more milk. Feed as usual instead.', {
          desc: 'List item: an older technique now advised against, and why.',
        }),
    ],
    closing: () =>
      msg(
        'Why the advice changed: current guidance (2022) describes a clog as swelling around the milk ducts rather than trapped milk. NHS pages still describe a build-up of milk, and some experts question the new view. But they all agree that deep massage and trying to drain the breast do not help. Where advice differs, this guide follows the 2022 protocol.',
        { desc: 'Self-care step, older advice: the disputed model said as a description, and that the widget follows the 2022 protocol.' },
      ),
  },
  {
    id: 'get-help',
    kind: 'get-help',
    // Tender and red is part of a clog: KellyMom (quoted in the article). Clog to mastitis, and
    // antibiotics no better after 48 hours: ABM #36 (with NICE CKS). Emergency: sepsis signs (NHS
    // sepsis page, UK Sepsis Trust); skin changes (NICE NG51); fast-spreading redness
    // (Gloucestershire pathway). Within hours: feeling very unwell (NHS sepsis page). Today: fever,
    // red streaks or growing redness, no better after 12–24 hours (NHS, NICE CKS, Gloucestershire).
    // Redness on every skin tone: NHS.
    sources: ['article-kellymom', 'abm-36', 'nhs-sepsis', 'uk-sepsis-trust', 'nice-ng51', 'gloucestershire-pathway', 'nhs-mastitis', 'nice-cks-mastitis'],
    title: () => msg('Know when to get help', { desc: 'Self-care step title: when self-care is not enough.' }),
    body: () =>
      msg(
        'Some pain and redness are part of a clog, and home care is usually enough. But a clog can turn into mastitis, which may need an antibiotic (one you can take while breastfeeding). Get help if you notice any of these signs:',
        { desc: 'Self-care step: when to get help. Followed by a list, most urgent first.' },
      ),
    points: [
      () =>
        msg(
          'Call your local emergency number or go to the emergency department now if you have signs of sepsis, such as confusion or slurred speech, very fast or difficult breathing, or blue, grey or blotchy skin or lips; if the skin of your breast gets black, purple or grey patches or blisters, or feels numb; or if redness is spreading fast, over a few hours.',
          { desc: 'Self-care step, get help: the emergency signs. Plain words, no medical terms.' },
        ),
      () =>
        msg(
          "Get medical help within a few hours, for example from an urgent care service or an out-of-hours doctor, if you feel very unwell or feel that something is seriously wrong. If you can't get through, or you get worse, go to the emergency department.",
          { desc: 'Self-care step, get help: the urgent-care level (NHS 111 in the UK). Use the local kind of service.' },
        ),
      (f: NumberFormatter) => {
        const celsius = f.temperature(THRESHOLDS.feverCelsius, 'c', 1);
        const fahrenheit = f.temperature(THRESHOLDS.feverFahrenheit, 'f', 1);
        const from = f.number(THRESHOLDS.noImprovementHours.from);
        const to = f.number(THRESHOLDS.noImprovementHours.to);
        const antibiotics = f.number(THRESHOLDS.antibioticsHours);
        return msg(
          str`Contact your doctor or midwife today, even in the evening or at the weekend, if you have a temperature of ${celsius} (${fahrenheit}) or higher, or feel feverish with chills and aches like flu; if you see red streaks, or the redness keeps growing; if you are no better after ${from} to ${to} hours, or worse at any time; or if you are taking antibiotics and are no better after ${antibiotics} hours.`,
          {
            desc: 'Self-care step, get help: the same-day level. Temperatures and hours are already formatted for the language.',
          },
        );
      },
    ],
    closing: () =>
      msg('Redness may look darker or purple, or be harder to see, on brown or black skin.', {
        desc: 'Self-care step, get help: how redness looks on every skin tone (NHS wording).',
      }),
  },
] as const satisfies readonly Step[];

export type StepId = (typeof STEPS)[number]['id'];
