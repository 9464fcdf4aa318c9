import type { WarningSignId } from './warning-signs.js';

/** The answers a reader can give to a single question. "Not sure" never lowers the advice. */
export const ANSWER_OPTIONS = ['yes', 'no', 'not-sure'] as const;
export type AnswerOption = (typeof ANSWER_OPTIONS)[number];

/**
 * - `signs`: "Do you have any of these?", each sign on its own line (a checkbox), with "None of
 *   these" and "Not sure" as clear answers, the way NHS 111 online groups related signs.
 * - `question`: one question, answered Yes, No or Not sure.
 */
export type Screen =
  | {
      readonly id: string;
      readonly kind: 'signs';
      readonly items: readonly WarningSignId[];
      /** Shown only when this holds for the answers so far ('fever': the reader has a fever). */
      readonly askIf?: 'fever';
    }
  | { readonly id: string; readonly kind: 'question'; readonly item: 'fever' | 'tender-lump'; readonly temperature?: true };

/**
 * The checker's screens, in the order asked: emergency signs first, then urgent care, then
 * same-day signs, then appointment signs, then the tender lump. A reader with a simple clog and no
 * warning sign answers seven (the fever follow-up is asked only with a fever). Ids and metadata
 * only: texts are in screen-texts.ts. The questions stop as soon as nothing unasked could raise the
 * level (src/triage/flow.ts).
 */
export const SCREENS = [
  {
    id: 'sepsis',
    kind: 'signs',
    items: ['confusion', 'breathless', 'skin-colour', 'rash', 'shivering', 'no-pee', 'might-die', 'faint'],
  },
  { id: 'breast-emergency', kind: 'signs', items: ['skin-damage', 'fast-spreading'] },
  {
    id: 'you-and-baby',
    kind: 'signs',
    items: ['very-unwell', 'racing-heart', 'baby-unwell', 'young-baby', 'not-breastfeeding', 'implants'],
  },
  { id: 'fever', kind: 'question', item: 'fever', temperature: true },
  { id: 'fever-extra', kind: 'signs', items: ['weak-immune', 'after-birth'], askIf: 'fever' },
  {
    id: 'breast-today',
    kind: 'signs',
    items: ['red-streaks', 'pus', 'infected-nipple', 'both-breasts', 'abscess', 'no-improvement', 'antibiotics-not-working'],
  },
  { id: 'lump-changes', kind: 'signs', items: ['persistent-lump', 'recurring-lump', 'skin-changes'] },
  { id: 'tender-lump', kind: 'question', item: 'tender-lump' },
] as const satisfies readonly Screen[];

export type ScreenId = (typeof SCREENS)[number]['id'];
type SignScreen = Extract<(typeof SCREENS)[number], { kind: 'signs' }>;
type QuestionScreen = Extract<(typeof SCREENS)[number], { kind: 'question' }>;

/** Everything the checker records an answer for: each sign on a screen, and each single question. */
export type ItemId = SignScreen['items'][number] | QuestionScreen['item'];

export const ITEM_IDS: readonly ItemId[] = SCREENS.flatMap((screen): readonly ItemId[] =>
  screen.kind === 'signs' ? screen.items : [screen.item],
);

export function screenById(id: ScreenId): (typeof SCREENS)[number] {
  return SCREENS.find((screen) => screen.id === id) ?? SCREENS[0];
}

/** The items a screen records answers for. */
export function itemsOf(screen: Screen): readonly ItemId[] {
  return screen.kind === 'signs' ? (screen.items as readonly ItemId[]) : [screen.item];
}
