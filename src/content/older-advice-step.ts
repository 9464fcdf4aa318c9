import { msg } from '@lit/localize';
import type { Step } from './step.js';

/**
 * The older techniques now advised against, said kindly, and why the advice changed. The
 * stepper shows the older article's techniques under it (ARTICLE_TECHNIQUES, techniques.ts).
 */
export const OLDER_ADVICE_STEP = {
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
} as const satisfies Step;
