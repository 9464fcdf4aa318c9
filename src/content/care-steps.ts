import { msg, str } from '@lit/localize';
import type { Step } from './step.js';
import { THRESHOLDS } from './thresholds.js';
import type { NumberFormatter } from './units.js';

const { min: coldMin, max: coldMax } = THRESHOLDS.coldPackMinutes;

/**
 * What to do and what to know at home, in reading order: the advised care (\`do\`), the
 * reassurance (\`reassure\`), then what may help but is not needed (\`optional\`). The rules every
 * step follows are in steps.ts.
 */
export const CARE_STEPS = [
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
] as const satisfies readonly Step[];
