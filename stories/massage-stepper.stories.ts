import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/massage-stepper/define.js';
import { STEPS, type StepId } from '../src/content/steps.js';
import { narrowPhone, themeOf } from './helpers.js';

/** A step's number, from its id: the stories follow the content when steps are added or moved. */
const stepOf = (id: StepId) => STEPS.findIndex((step) => step.id === id) + 1;

interface StepperArgs {
  step: number;
  layout: string;
  remember: boolean;
  'heading-level': number;
  theme: string;
}

const meta: Meta<StepperArgs> = {
  title: 'Widgets/Massage stepper',
  component: 'clog-massage-stepper',
  args: { step: 1, layout: 'steps', remember: false, 'heading-level': 2, theme: 'light' },
  argTypes: {
    step: { control: { type: 'number', min: 1, max: STEPS.length } },
    layout: { control: 'inline-radio', options: ['steps', 'list'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args, { globals }) => html`<clog-massage-stepper
    step=${args.step}
    layout=${args.layout}
    ?remember=${args.remember}
    heading-level=${args['heading-level']}
    theme=${themeOf(args, globals)}
  ></clog-massage-stepper>`,
};
export default meta;

type Story = StoryObj<StepperArgs>;

/** One step at a time. */
export const Steps: Story = {};

/** The cold-pack step, with its countdown. */
export const ColdPackCountdown: Story = { args: { step: stepOf('cold-pack') } };

/** Paracetamol or ibuprofen, no aspirin, never a dose: who should ask a pharmacist first. */
export const PainRelief: Story = { args: { step: stepOf('pain-relief') } };

/** Reassurance: the milk stays safe; most clogs settle within a day or two. */
export const MilkIsSafe: Story = { args: { step: stepOf('milk-safe') } };

/** Older advice the reader can let go of, and why; with what has changed since the article. */
export const OlderAdvice: Story = { args: { step: stepOf('advised-against') } };

/** When to get help, most urgent first, with redness described for every skin tone. */
export const WhenToGetHelp: Story = { args: { step: stepOf('get-help') } };

/** Every step at once, as printing always shows them. */
export const List: Story = { args: { layout: 'list' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** Arabic, laid out right to left. */
export const Arabic: Story = { globals: { locale: 'ar' } };

export const NarrowPhone: Story = { decorators: [narrowPhone] };
