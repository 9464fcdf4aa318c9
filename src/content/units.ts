/** Shared vocabulary for numbers and units: declared once, imported everywhere. */

export const TEMPERATURE_UNITS = ['c', 'f'] as const;
export type TemperatureUnit = (typeof TEMPERATURE_UNITS)[number];

/** Formats numbers for the active locale; passed in so content stays free of the DOM. */
export interface NumberFormatter {
  number(value: number, fractionDigits?: number): string;
  /** A temperature with its unit as the locale writes it ("38,0 °C", "38.0°م"), kept whole in any text direction. */
  temperature(value: number, unit: TemperatureUnit, fractionDigits?: number): string;
  /** The unit's symbol as the locale writes it ("°C", "°م"). */
  unitSymbol(unit: TemperatureUnit): string;
}
