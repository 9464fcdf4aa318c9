import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { CARE_LEVELS } from '../../content/levels.js';
import { REASON_TEXTS } from '../../content/warning-sign-texts.js';
import { isWarningSignId, WARNING_SIGNS, type WarningSignId } from '../../content/warning-signs.js';
import { aboutNote } from '../../internal/about.js';
import { ClogElement } from '../../internal/clog-element.js';
import { numberFormatter } from '../../internal/format.js';
import { careNumbers, levelAction, levelHeading } from '../../internal/level-text.js';
import { safeHref } from '../../internal/safe-href.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { bannerStyles } from './red-flag-banner.styles.js';

/**
 * When to get help: the warning signs of the mastitis spectrum, most urgent first.
 *
 * A region with a heading, never an alert on page load. Light-DOM children are the fallback for
 * readers without JavaScript; they show until the element first renders.
 *
 * @summary Warning signs grouped by urgency, with what to do for each group.
 * @tag clog-red-flag-banner
 *
 * @csspart base - The region around the whole banner.
 * @csspart heading - The banner's heading.
 * @csspart group - Each urgency group; also `group-emergency`, `group-urgent-care`, `group-see-provider-today`, `group-see-provider`.
 * @csspart group-emergency - The "get emergency help now" group.
 * @csspart group-urgent-care - The "get medical help within a few hours" group.
 * @csspart group-see-provider-today - The "get medical advice today" group.
 * @csspart group-see-provider - The "book an appointment" group.
 * @csspart toggle - In compact mode, the control that shows every warning sign.
 * @csspart care-link - The publisher's "find care" link.
 * @csspart about - The not-a-diagnosis and "checked against" lines.
 */
export class ClogRedFlagBanner extends ClogElement {
  static override styles = [sharedStyles, bannerStyles];

  /** Shows a one-line summary with the full list behind a "show all" control. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The local emergency number, e.g. `911` or `112`. Without it the banner says "your local emergency number". */
  @property({ attribute: 'emergency-number' }) emergencyNumber = '';

  /** The local urgent-care number, e.g. `111`. Without it the banner names urgent care or an out-of-hours doctor. */
  @property({ attribute: 'urgent-number' }) urgentNumber = '';

  /** The publisher's own "find care" link: http(s), tel, mailto or relative. Anything else is ignored. */
  @property({ attribute: 'care-href' }) careHref = '';

  /** Text of the "find care" link. */
  @property({ attribute: 'care-label' }) careLabel = '';

  /** Space-separated warning-sign ids to mark "From your answers", e.g. `fever both-breasts`. */
  @property() reasons = '';

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('careHref') && this.careHref?.trim() && !safeHref(this.careHref)) {
      const where = `<${this.localName}> care-href`;
      warnOnce(`${where}=${this.careHref}`, `${where}="${this.careHref}" is not an http(s), tel, mailto or relative link; no link is shown.`);
    }
  }

  private get matched(): Set<WarningSignId> {
    const matched = new Set<WarningSignId>();
    // A removed attribute sets the property to null.
    for (const id of (this.reasons ?? '').split(/\s+/).filter(Boolean)) {
      if (isWarningSignId(id)) matched.add(id);
      else warnOnce(`reason=${id}`, `<clog-red-flag-banner> reasons: "${id}" is not a warning-sign id; ignoring it.`);
    }
    return matched;
  }

  private renderGroups(matched: Set<WarningSignId>) {
    const format = numberFormatter(this.locale.lang);
    const numbers = careNumbers(this.emergencyNumber, this.urgentNumber);
    return CARE_LEVELS.map((level) => {
      const signs = WARNING_SIGNS.filter((sign) => sign.level === level);
      return html`<div class="group tinted tone-${level}" part="group group-${level}">
        <div role="heading" aria-level=${this.subLevel}>${levelHeading(level)}</div>
        <p class="action">${levelAction(level, format, numbers)}</p>
        <ul>
          ${signs.map((sign) =>
            matched.has(sign.id)
              ? html`<li class="matched">
                  <span class="match-label">${msg('From your answers', { desc: 'Banner: label on a warning sign the reader answered yes or not sure to in the checker.' })}</span>
                  ${REASON_TEXTS[sign.id](format)}
                </li>`
              : html`<li>${REASON_TEXTS[sign.id](format)}</li>`,
          )}
        </ul>
      </div>`;
    });
  }

  private renderCareLink() {
    const href = safeHref(this.careHref);
    if (!href) return nothing;
    const label = (this.careLabel ?? '').trim() || msg('Find care near you', { desc: "Banner: default text of the publisher's care link." });
    return html`<p><a class="care" part="care-link" href=${href}>${label}</a></p>`;
  }

  override render() {
    const { lang, dir } = this.locale;
    const matched = this.matched;
    const details = html`${this.renderGroups(matched)} ${this.renderCareLink()}`;
    return html`<section class="root" part="base" lang=${lang} dir=${dir} aria-labelledby="heading">
      <div id="heading" role="heading" aria-level=${this.level} part="heading">
        ${msg('When to get help', { desc: 'Heading of the warning-signs banner.' })}
      </div>
      <p class="intro">
        ${msg('With signs of sepsis, or patches on the breast turning black, grey or bruise-purple or going numb, get emergency help now. If you feel very unwell, get help within hours. With a fever, or redness that keeps growing, get medical advice today.', {
          desc: 'Banner: the safest advice first, before the full list of warning signs.',
        })}
      </p>
      ${this.compact
        ? html`<details ?open=${matched.size > 0}>
            <summary part="toggle">${msg('Show all warning signs', { desc: 'Compact banner: control that expands the full list.' })}</summary>
            ${details}
          </details>`
        : details}
      ${aboutNote(lang)}
    </section>`;
  }
}
