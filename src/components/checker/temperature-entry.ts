import { html } from 'lit';
import { msg } from '@lit/localize';
import { TEMPERATURE_TEXT } from '../../content/screen-texts.js';
import type { NumberFormatter } from '../../content/units.js';
import { currentLanguageTag } from '../../localization.js';
import { parseTemperature, TEMPERATURE_UNITS, type TemperatureError, type TemperatureUnit } from '../../triage/index.js';

// Regions that read body temperature in °F; everywhere else uses °C.
const FAHRENHEIT_REGIONS = ['US', 'LR', 'BS', 'BZ', 'KY', 'PW', 'FM', 'MH'];

let unitFor: { language: string; unit: TemperatureUnit } | undefined;

/** The unit a reader in this page's language and region most likely uses (worked out once per language). */
export function defaultUnit(): TemperatureUnit {
  const language = currentLanguageTag();
  if (unitFor?.language !== language) unitFor = { language, unit: unitOf(language) };
  return unitFor.unit;
}

function unitOf(language: string): TemperatureUnit {
  try {
    const region = new Intl.Locale(language).maximize().region;
    return region && FAHRENHEIT_REGIONS.includes(region) ? 'f' : 'c';
  } catch {
    return 'c';
  }
}

export interface TemperatureEntry {
  readonly text: string;
  readonly unit: TemperatureUnit;
  /** Why the last answer was refused, if it was. */
  readonly problem?: TemperatureError;
  readonly format: NumberFormatter;
  onText(text: string): void;
  onUnit(unit: TemperatureUnit): void;
}

/** The message for a refused reading, in words. */
function problemText({ problem, format, unit }: TemperatureEntry): string {
  if (problem === 'not-a-number') return TEMPERATURE_TEXT.notANumber(format);
  if (problem !== 'implausible' && problem !== 'too-low') return '';
  const check = TEMPERATURE_TEXT.implausible(format, unit);
  return problem === 'too-low' ? `${check} ${TEMPERATURE_TEXT.tooLow()}` : check;
}

/**
 * The optional thermometer reading that goes with the fever question: a text field, the °C/°F
 * choice, the reading shown back when it fits only the other unit, and a refused reading's message.
 */
export function temperatureEntry(entry: TemperatureEntry) {
  const { text, unit, format } = entry;
  const reading = parseTemperature(text, unit);
  const message = problemText(entry);
  const readAs = reading.ok && reading.inferred ? TEMPERATURE_TEXT.readAs(format.temperature(reading.value, reading.unit, 1)) : '';
  return html`<div class="temperature" part="temperature">
    <label for="temperature">${TEMPERATURE_TEXT.label()}</label>
    <div class="temperature-row">
      <input
        id="temperature"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        .value=${text}
        aria-invalid=${message ? 'true' : 'false'}
        aria-describedby="temperature-message temperature-read-as"
        @input=${(event: InputEvent) => entry.onText((event.target as HTMLInputElement).value)}
      />
      <fieldset class="units">
        <legend class="visually-hidden">${msg('Unit', { desc: 'Checker: hidden label of the °C/°F choice.' })}</legend>
        ${TEMPERATURE_UNITS.map(
          (choice) => html`<label class="unit">
            <input type="radio" name="unit" .checked=${unit === choice} @change=${() => entry.onUnit(choice)} />
            <span>${format.unitSymbol(choice)}</span>
          </label>`,
        )}
      </fieldset>
    </div>
    <p id="temperature-read-as" class="read-as" role="status">${readAs}</p>
    <p id="temperature-message" class="error" role="alert">${message}</p>
  </div>`;
}
