import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/checker/define.js';
import '../src/components/massage-stepper/define.js';
import { answer, narrowPhone, noneUntil, themeOf } from './helpers.js';

interface CheckerArgs {
  'temperature-unit': string;
  'emergency-number': string;
  'urgent-number': string;
  'care-href': string;
  'care-label': string;
  stepper: string;
  'heading-level': number;
  theme: string;
}

const meta: Meta<CheckerArgs> = {
  title: 'Widgets/Symptom checker',
  component: 'clog-checker',
  args: {
    'temperature-unit': 'c',
    'emergency-number': '',
    'urgent-number': '',
    'care-href': '',
    'care-label': '',
    stepper: '',
    'heading-level': 2,
    theme: 'light',
  },
  argTypes: {
    'temperature-unit': { control: 'inline-radio', options: ['c', 'f'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args, context) => renderChecker(args, context),
};
export default meta;

function renderChecker(args: CheckerArgs, { globals }: { globals: { theme?: string } }) {
  return html`<clog-checker
    temperature-unit=${args['temperature-unit']}
    emergency-number=${args['emergency-number'] || nothing}
    urgent-number=${args['urgent-number'] || nothing}
    care-href=${args['care-href'] || nothing}
    care-label=${args['care-label'] || nothing}
    stepper=${args.stepper || nothing}
    heading-level=${args['heading-level']}
    theme=${themeOf(args, globals)}
  ></clog-checker>`;
}

type Story = StoryObj<CheckerArgs>;

/** The first screen: the signs of sepsis, each on its own line. */
export const FirstQuestion: Story = {};

/** A sign of sepsis ends the questions at once; the result leads with the call. */
export const ResultEmergency: Story = {
  args: { 'emergency-number': '911' },
  play: ({ canvasElement }) => answer(canvasElement, [{ tick: 'confusion' }]),
};

/** "Not sure" about the signs of sepsis: urgent care within hours, and when to call the emergency number. */
export const ResultUrgentCare: Story = {
  args: { 'emergency-number': '911', 'urgent-number': '111' },
  play: ({ canvasElement }) => answer(canvasElement, ['not-sure', 'none']),
};

/** Pus in the milk: get medical advice today. */
export const ResultSeeProviderToday: Story = {
  play: ({ canvasElement }) => answer(canvasElement, [...noneUntil('breast-today'), { tick: 'pus' }]),
};

/** A lump that has lasted more than a week: book an appointment. */
export const ResultSeeProvider: Story = {
  play: ({ canvasElement }) => answer(canvasElement, [...noneUntil('lump-changes'), { tick: 'persistent-lump' }]),
};

/** No warning sign and a tender lump: gentle self-care, with the stepper offered. */
export const ResultSelfCare: Story = {
  render: (args, context) => html`${renderChecker({ ...args, stepper: 'steps' }, context)}
    <clog-massage-stepper id="steps"></clog-massage-stepper>`,
  play: ({ canvasElement }) => answer(canvasElement, [...noneUntil('tender-lump'), 'yes']),
};

/** No lump and no warning sign: not the self-care result, but someone to talk to. */
export const ResultNoLump: Story = {
  play: ({ canvasElement }) => answer(canvasElement, [...noneUntil('tender-lump'), 'no']),
};

/** The fever question, where a thermometer reading can be typed in °C or °F. */
export const TemperatureQuestion: Story = {
  args: { 'temperature-unit': 'f' },
  play: ({ canvasElement }) => answer(canvasElement, noneUntil('fever')),
};

export const Dark: Story = { args: { theme: 'dark' } };

/** Arabic, laid out right to left. */
export const Arabic: Story = { globals: { locale: 'ar' } };

export const NarrowPhone: Story = { decorators: [narrowPhone] };
