import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/massage-stepper/define.js';
import { narrowPhone, themeOf } from './helpers.js';

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
    step: { control: { type: 'number', min: 1, max: 10 } },
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
export const ColdPackCountdown: Story = { args: { step: 2 } };

/** The older techniques now advised against, and why. */
export const WhatNotToDo: Story = { args: { step: 9 } };

/** Every step at once, as printing always shows them. */
export const List: Story = { args: { layout: 'list' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** Arabic, laid out right to left. */
export const Arabic: Story = { globals: { locale: 'ar' } };

export const NarrowPhone: Story = { decorators: [narrowPhone] };
