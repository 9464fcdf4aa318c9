import { msg, str } from '@lit/localize';
import type { SourceId } from './sources.js';
import { THRESHOLDS } from './thresholds.js';
import type { NumberFormatter } from './warning-signs.js';

/**
 * - `do`: advised by current guidance.
 * - `optional`: may help comfort; weak or no evidence, no harm known.
 * - `avoid`: the older techniques now advised against, and why.
 * - `get-help`: when self-care is not enough.
 */
export type StepKind = 'do' | 'optional' | 'avoid' | 'get-help';

export interface Step {
  readonly id: string;
  readonly kind: StepKind;
  readonly sources: readonly SourceId[];
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
}

const { min: coldMin, max: coldMax } = THRESHOLDS.coldPackMinutes;

/**
 * Self-care for a clogged duct, following current guidance (ABM Protocol #36, 2022) rather than
 * the older article it replaces; ARTICLE_TECHNIQUES (techniques.ts) maps each of the article's
 * techniques to the step that now covers it. Short, warm sentences: the reader is in pain and may
 * be holding a baby.
 */
export const STEPS = [
  {
    id: 'feed-as-usual',
    kind: 'do',
    sources: ['abm-36'],
    title: () => msg('Keep feeding as usual', { desc: 'Self-care step title.' }),
    body: () =>
      msg(
        'Feed your baby whenever they want, just as before. There is no need to pump extra or to empty the breast: a clog is swollen tissue around the milk ducts, not stuck milk. If a breast feels too full, express a little, just until it feels better.',
        { desc: 'Self-care step: keep feeding on demand; express only for comfort.' },
      ),
  },
  {
    id: 'cold-pack',
    kind: 'do',
    sources: ['abm-36', 'llli-gb'],
    // The countdown starts midway through the advised 10–20 minutes.
    timer: { minutes: 15, min: coldMin, max: coldMax },
    title: () => msg('Cool the sore area', { desc: 'Self-care step title: cold pack.' }),
    body: (f: NumberFormatter) => {
      const min = f.number(coldMin);
      const max = f.number(coldMax);
      return msg(
        str`Wrap a cold pack in a thin cloth and hold it on the sore area for about ${min} to ${max} minutes. You can do this about once an hour, between feeds. Cold calms the swelling.`,
        { desc: 'Self-care step: cold pack. The numbers are minutes, already formatted for the language.' },
      );
    },
  },
  {
    id: 'light-touch',
    kind: 'do',
    sources: ['abm-36', 'hospital-handouts', 'douglas-2023'],
    title: () => msg('Stroke lightly toward your armpit', { desc: 'Self-care step title: light lymphatic drainage.' }),
    body: () =>
      msg(
        'With a relaxed, flat hand, stroke the skin very gently from the sore area toward your armpit and up toward your collarbone. Use the lightest touch, as if you were petting a cat. It should not hurt. Not every expert agrees that this helps, but all agree that deep massage does not.',
        { desc: 'Self-care step: light lymphatic drainage. "Petting a cat" is an image from hospital handouts; adapt if needed.' },
      ),
  },
  {
    id: 'pain-relief',
    kind: 'do',
    sources: ['abm-36'],
    title: () => msg('Ease the pain with ibuprofen', { desc: 'Self-care step title: painkiller.' }),
    body: () =>
      msg(
        'Ibuprofen eases pain and swelling, and you can take it while breastfeeding. Ask a pharmacist whether it is right for you and how much to take.',
        { desc: 'Self-care step: ibuprofen is compatible with breastfeeding; check with a pharmacist.' },
      ),
  },
  {
    id: 'rest-fluids',
    kind: 'do',
    sources: ['abm-36', 'article-doula'],
    title: () => msg('Rest, drink and eat', { desc: 'Self-care step title.' }),
    body: () =>
      msg('Rest whenever you can, keep a drink nearby, and eat something. If someone can help with the baby or the house, let them.', {
        desc: 'Self-care step: rest, fluids and food.',
      }),
  },
  {
    id: 'brief-warmth',
    kind: 'optional',
    sources: ['llli-gb', 'abm-36'],
    title: () => msg('If you like, a little warmth before a feed', { desc: 'Self-care step title: optional brief warmth.' }),
    body: () =>
      msg(
        'Some find that a warm, damp cloth held on the breast for a short time just before a feed helps the milk flow. This is up to you. Use cold between feeds, and skip long hot soaks.',
        { desc: 'Self-care step: brief moist warmth before a feed is optional; never long hot soaks.' },
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
    sources: ['abm-36', 'douglas-2023', 'llli-gb'],
    title: () => msg('What not to do any more', { desc: 'Self-care step title: older techniques now advised against.' }),
    body: () =>
      msg(
        'Some older advice that you may still read is no longer recommended. A clog is swelling, not trapped milk, so pressing and pumping do not clear it. Firm pressure can hurt the tissue and make the swelling worse.',
        { desc: 'Self-care step: why older techniques are advised against. Followed by a list.' },
      ),
    points: [
      () =>
        msg('Deep massage: kneading with your knuckles, rubbing hard, or massage with oil.', {
          desc: 'List item: an older technique now advised against.',
        }),
      () =>
        msg('Pushing with your thumb toward the nipple to force the milk out.', {
          desc: 'List item: an older technique now advised against.',
        }),
      () => msg('Vibration on the breast.', { desc: 'List item: an older technique now advised against.' }),
      () =>
        msg('Dangling the breast so that gravity pulls the milk. There is no evidence that it helps.', {
          desc: 'List item: an older technique now advised against.',
        }),
      () =>
        msg('Long soaks in hot water, or very hot compresses.', {
          desc: 'List item: an older technique now advised against.',
        }),
      () =>
        msg('Pumping extra to try to empty the breast. Feed as usual instead.', {
          desc: 'List item: an older technique now advised against.',
        }),
    ],
  },
  {
    id: 'get-help',
    kind: 'get-help',
    sources: ['nice-cks-mastitis', 'nhs-mastitis', 'article-babycenter', 'abm-36'],
    title: () => msg('Know when to get help', { desc: 'Self-care step title: when self-care is not enough.' }),
    body: (f: NumberFormatter) => {
      const from = f.number(THRESHOLDS.noImprovementHours.from);
      const to = f.number(THRESHOLDS.noImprovementHours.to);
      return msg(
        str`A clog can turn into mastitis. If it does, a doctor may prescribe an antibiotic you can take while breastfeeding. Contact your doctor or midwife today if you are no better after ${from} to ${to} hours, or if you get a fever, chills, or redness that spreads. If you feel very unwell, get emergency help.`,
        { desc: 'Self-care step: when to get help. The numbers are hours, already formatted for the language.' },
      );
    },
  },
] as const satisfies readonly Step[];

export type StepId = (typeof STEPS)[number]['id'];
