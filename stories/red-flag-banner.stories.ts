import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/red-flag-banner/define.js';
import { narrowPhone, themeOf } from './helpers.js';

interface BannerArgs {
  compact: boolean;
  'emergency-number': string;
  'urgent-number': string;
  'care-href': string;
  'care-label': string;
  reasons: string;
  'heading-level': number;
  theme: string;
}

const meta: Meta<BannerArgs> = {
  title: 'Widgets/Red-flag banner',
  component: 'clog-red-flag-banner',
  args: {
    compact: false,
    'emergency-number': '',
    'urgent-number': '',
    'care-href': '',
    'care-label': '',
    reasons: '',
    'heading-level': 2,
    theme: 'light',
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args, { globals }) => html`<clog-red-flag-banner
    ?compact=${args.compact}
    emergency-number=${args['emergency-number'] || nothing}
    urgent-number=${args['urgent-number'] || nothing}
    care-href=${args['care-href'] || nothing}
    care-label=${args['care-label'] || nothing}
    reasons=${args.reasons || nothing}
    heading-level=${args['heading-level']}
    theme=${themeOf(args, globals)}
  ></clog-red-flag-banner>`,
};
export default meta;

type Story = StoryObj<BannerArgs>;

/** Every warning sign, most urgent first, as an article shows it. */
export const AllWarningSigns: Story = {};

/** The safest advice in one line, the full list one tap away. */
export const Compact: Story = { args: { compact: true } };

/** With warning signs marked from a reader's answers (ids in `reasons`), the list open. */
export const WithTheReadersAnswers: Story = { args: { compact: true, reasons: 'fever both-breasts' } };

/** A publisher's emergency number (tap to call) and its own "find care" link. */
export const EmergencyNumberAndCareLink: Story = {
  args: { 'emergency-number': '112', 'urgent-number': '111', 'care-href': 'https://example.org/clinics', 'care-label': 'Find a breastfeeding clinic' },
};

export const Dark: Story = { args: { theme: 'dark' } };

/** Arabic, laid out right to left. */
export const Arabic: Story = { globals: { locale: 'ar' } };

export const NarrowPhone: Story = { decorators: [narrowPhone] };
