import { html } from 'lit';

/**
 * The hidden status region a widget announces through. The announcement is a function, called at
 * each render, so that it is written in the page's language of the moment and follows a switch.
 */
export const statusRegion = (announcement?: () => string) => html`<div class="visually-hidden" role="status">${announcement?.()}</div>`;
