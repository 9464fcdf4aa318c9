import { msg, str } from '@lit/localize';
import type { SourceId } from './sources.js';
import type { StepId } from './steps.js';
import { THRESHOLDS } from './thresholds.js';
import type { NumberFormatter } from './units.js';

/** What became of each technique of the original article under current guidance. */
export const TECHNIQUE_STATUSES = ['kept', 'changed', 'advised-against'] as const;
export type TechniqueStatus = (typeof TECHNIQUE_STATUSES)[number];

export interface ArticleTechnique {
  readonly id: string;
  readonly status: TechniqueStatus;
  /** The self-care step that now covers it (for `advised-against`, the step that says so). */
  readonly step: StepId;
  /** Who gave this advice in the article. */
  readonly advisedBy: SourceId;
  /** The sources for its status today. */
  readonly sources: readonly SourceId[];
  /** What the article advised, in the reader's words. */
  article(format: NumberFormatter): string;
  /** What to do now. */
  now(format: NumberFormatter): string;
  /** Why it was kept, changed or dropped. */
  reason(format: NumberFormatter): string;
}

/** The article the widgets are built from (cite it by this title and its publisher). */
export const ARTICLE = {
  source: 'article-romper',
  title: 'How To *Exactly* Massage Out A Clogged Milk Duct & Get Yourself Some Relief',
} as const satisfies { source: SourceId; title: string };

/**
 * Every technique of the article the widgets are built from, and where current guidance differs
 * (../shared/guidance.md, "Where the article and current guidance differ"). Shown to readers.
 */
export const ARTICLE_TECHNIQUES = [
  {
    id: 'chin-toward-clog',
    status: 'kept',
    step: 'chin-toward',
    advisedBy: 'article-rn-ibclc',
    sources: ['article-rn-ibclc'],
    article: () => msg("Feed with your baby's chin pointing toward the clog.", { desc: 'Article technique: what it advised.' }),
    now: () => msg('Still fine to try if it feels better.', { desc: 'Article technique: what current guidance says.' }),
    reason: () =>
      msg('It does no harm, although there is little evidence that it clears a clog.', {
        desc: 'Article technique: why it was kept.',
      }),
  },
  {
    id: 'massage-toward-nipple',
    status: 'advised-against',
    step: 'advised-against',
    advisedBy: 'article-rn-ibclc',
    // Advised against: ABM #36. NHS pages still describe stroking toward the nipple.
    sources: ['abm-36', 'nhs-mastitis'],
    article: () =>
      msg('Massage toward the nipple while feeding or pumping.', { desc: 'Article technique: what it advised.' }),
    now: () =>
      msg('Not advised. Stroke very lightly toward your armpit instead.', {
        desc: 'Article technique: what current guidance says.',
      }),
    reason: () =>
      msg(
        'Pushing toward the nipple does not clear swelling, and firm pressure can injure the tissue. Some national advice, such as NHS pages, still suggests it; this guide follows the 2022 protocol.',
        { desc: 'Article technique: why it is now advised against, and that some advice still differs.' },
      ),
  },
  {
    id: 'rest-fluids-food',
    status: 'kept',
    step: 'rest-fluids',
    advisedBy: 'article-doula',
    sources: ['nhs-mastitis'],
    article: () => msg('Rest, drink plenty and eat well.', { desc: 'Article technique: what it advised.' }),
    now: () => msg('Unchanged.', { desc: 'Article technique: current guidance says the same.' }),
    reason: () => msg('Rest and fluids are still advised.', { desc: 'Article technique: why it was kept.' }),
  },
  {
    id: 'heat',
    status: 'changed',
    step: 'cold-pack',
    advisedBy: 'article-doula',
    // Cold between feeds, brief warmth optional: ABM #36, LLL GB. NHS pages still suggest warmth.
    sources: ['abm-36', 'llli-gb', 'nhs-mastitis'],
    article: () =>
      msg('Use heat: a warm shower or a hot-water compress.', { desc: 'Article technique: what it advised.' }),
    now: () =>
      msg('Use cold between feeds. A little warmth just before a feed is optional.', {
        desc: 'Article technique: what current guidance says.',
      }),
    reason: () =>
      msg(
        'Current guidance (2022) prefers cold, which calms swelling. Brief warmth may help some people’s milk flow. Some national advice, such as NHS pages, still suggests warmth; this guide follows the 2022 protocol.',
        { desc: 'Article technique: why it was changed, and that some advice still differs.' },
      ),
  },
  {
    id: 'hot-soak',
    status: 'advised-against',
    step: 'advised-against',
    advisedBy: 'article-doula',
    sources: ['abm-36', 'llli-gb'],
    article: () => msg('Soak the breast in a basin of hot water.', { desc: 'Article technique: what it advised.' }),
    now: () => msg('Avoid long hot soaks.', { desc: 'Article technique: what current guidance says.' }),
    reason: () =>
      msg('Current advice is cold between feeds. Brief warmth just before a feed is as far as it goes.', {
        desc: 'Article technique: why it is now advised against.',
      }),
  },
  {
    id: 'oil-massage',
    status: 'changed',
    step: 'light-touch',
    advisedBy: 'article-doula',
    sources: ['abm-36', 'iowa-handout'],
    article: () =>
      msg('Massage the whole breast with a food-safe oil, in circles with your fingertips.', {
        desc: 'Article technique: what it advised.',
      }),
    now: () =>
      msg('Stroke the skin very lightly toward your armpit and collarbone. No oil is needed.', {
        desc: 'Article technique: what current guidance says.',
      }),
    reason: () =>
      msg(
        'Current guidance (2022) describes a clog as swelling rather than trapped milk, and firm rubbing can make swelling worse. Feather-light strokes toward the armpit are advised instead.',
        { desc: 'Article technique: why it was changed. "Describes" on purpose: the model is disputed.' },
      ),
  },
  {
    id: 'knuckle-kneading',
    status: 'advised-against',
    step: 'advised-against',
    advisedBy: 'article-doula',
    sources: ['abm-36', 'douglas-2023'],
    article: () =>
      msg('Knead with your knuckles, including near the chest wall and under the breast.', {
        desc: 'Article technique: what it advised.',
      }),
    now: () => msg('Not advised.', { desc: 'Article technique: current guidance advises against it.' }),
    reason: () =>
      msg('Deep massage can injure the tissue and make the swelling worse. Experts agree that it does not help.', {
        desc: 'Article technique: why it is now advised against.',
      }),
  },
  {
    id: 'thumb-toward-nipple',
    status: 'advised-against',
    step: 'advised-against',
    advisedBy: 'article-doula',
    sources: ['abm-36'],
    article: () =>
      msg('Press with your thumb behind the clog and push toward the nipple.', {
        desc: 'Article technique: what it advised.',
      }),
    now: () =>
      msg('Not advised. Use light strokes toward your armpit instead.', {
        desc: 'Article technique: what current guidance says, for thumb pressure toward the nipple.',
      }),
    reason: () =>
      msg('Current guidance (2022) does not see a clog as milk that can be pushed out, and firm pressure can injure the tissue.', {
        desc: 'Article technique: why it is now advised against.',
      }),
  },
  {
    id: 'dangling',
    status: 'advised-against',
    step: 'advised-against',
    advisedBy: 'article-doula',
    sources: ['abm-36'],
    article: () =>
      msg('Dangle the breast so that gravity helps the milk out.', { desc: 'Article technique: what it advised.' }),
    now: () => msg('Not needed.', { desc: 'Article technique: current guidance says it is not needed.' }),
    reason: () => msg('There is no evidence that it helps.', { desc: 'Article technique: why it is now advised against.' }),
  },
  {
    id: 'emptying',
    status: 'changed',
    step: 'feed-as-usual',
    advisedBy: 'article-doula',
    sources: ['abm-36', 'douglas-2023'],
    article: () => msg('Empty the breast often.', { desc: 'Article technique: what it advised.' }),
    now: () =>
      msg('Feed as usual and do not pump extra. Express only for comfort.', {
        desc: 'Article technique: what current guidance says.',
      }),
    reason: () =>
      msg(
        'Current guidance (2022) describes a clog as swelling rather than milk that needs draining, and pumping extra can make even more milk. Even experts who question that view agree that draining does not help.',
        { desc: 'Article technique: why it was changed. "Describes" on purpose: the model is disputed.' },
      ),
  },
  {
    // BabyCenter's "see a provider with pain or redness": changed. A clog is often tender, warm and
    // a little red (KellyMom, quoted in the article); the warning signs are what matter (NHS, NICE
    // CKS, Gloucestershire pathway), and redness looks different on brown or black skin (NHS).
    id: 'pain-or-redness',
    status: 'changed',
    step: 'get-help',
    advisedBy: 'article-babycenter',
    sources: ['article-kellymom', 'nhs-mastitis', 'nice-cks-mastitis', 'gloucestershire-pathway'],
    article: () => msg('See a provider if the breast is painful or red.', { desc: 'Article technique: what it advised.' }),
    now: () =>
      msg(
        'Some pain and redness are part of a clog and can be cared for at home. See a provider for the warning signs, such as a fever, red streaks, redness that keeps growing, or no improvement.',
        { desc: 'Article technique: what current guidance says about pain and redness.' },
      ),
    reason: () =>
      msg(
        'A clog is often tender, warm and a little red, so these alone are not a reason to be seen. Redness may look darker or purple, or be harder to see, on brown or black skin.',
        { desc: 'Article technique: why it was changed. The skin-tone sentence follows NHS wording.' },
      ),
  },
  {
    id: 'see-provider',
    status: 'kept',
    step: 'get-help',
    advisedBy: 'article-babycenter',
    sources: ['nhs-mastitis', 'nice-cks-mastitis'],
    article: () =>
      msg('Treat a clog promptly, and see a provider if it lasts, or with a fever or signs of infection.', {
        desc: 'Article technique: what it advised.',
      }),
    now: (f: NumberFormatter) => {
      const from = f.number(THRESHOLDS.noImprovementHours.from);
      const to = f.number(THRESHOLDS.noImprovementHours.to);
      return msg(str`Unchanged. Contact a doctor or midwife the same day if you have a fever, or if you are no better after ${from} to ${to} hours.`, {
        desc: 'Article technique: what current guidance says. The numbers are hours, already formatted.',
      });
    },
    reason: () =>
      msg('A clog can lead to mastitis, which may need an antibiotic that is safe while breastfeeding.', {
        desc: 'Article technique: why it was kept.',
      }),
  },
] as const satisfies readonly ArticleTechnique[];

export type TechniqueId = (typeof ARTICLE_TECHNIQUES)[number]['id'];
