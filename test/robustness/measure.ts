/**
 * What a reader sees of a widget, measured in the browser: the size of every piece of text she
 * can read and of every control she can tap, through nested shadow roots (the checker's banner).
 */

/** Every element inside a widget's shadow root, and inside the shadow roots within it. */
export function deepElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (scope: ParentNode) => {
    for (const element of scope.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/** Drawn on screen, larger than the 1 px box of a visually hidden live region. */
export function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return element.getClientRects().length > 0 && box.width > 1 && box.height > 1 && getComputedStyle(element).visibility !== 'hidden';
}

export interface TextBlock {
  readonly text: string;
  /** Computed font size in CSS pixels. */
  readonly size: number;
  readonly element: Element;
}

/** Every element that holds readable text of its own (not only through its children), as drawn. */
export function textBlocks(widget: Element): TextBlock[] {
  return deepElements(widget)
    .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()))
    .filter(isShown)
    .map((element) => ({
      text: [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent!.trim()).join(' ').slice(0, 60),
      size: parseFloat(getComputedStyle(element).fontSize),
      element,
    }));
}

/** The smallest text on a widget, with what it says, for a failure message a person can act on. */
export function smallestText(widget: Element): TextBlock {
  const blocks = textBlocks(widget);
  if (!blocks.length) throw new Error(`<${widget.localName}> shows no text at all`);
  return blocks.reduce((small, block) => (block.size < small.size ? block : small));
}

export interface Target {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly element: Element;
}

/**
 * Everything a reader taps: buttons, the expanders, the tick-box and unit lines (the label is the
 * target), the text field, and links that stand on their own. Links inside a sentence are left
 * out, as WCAG 2.5.8 does.
 */
export function targets(widget: Element): Target[] {
  return deepElements(widget)
    .filter((element) => element.matches('button, summary, label, input[type="text"], a'))
    .filter((element) => !(element.localName === 'a' && getComputedStyle(element).display === 'inline'))
    .filter((element) => !(element.localName === 'label' && !element.querySelector('input')))
    .filter(isShown)
    .map((element) => {
      const box = element.getBoundingClientRect();
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return { name: `${element.localName} "${name}"`, width: box.width, height: box.height, element };
    });
}

/** The smallest side of any target, with its name. */
export function smallestTarget(widget: Element): Target {
  const all = targets(widget);
  if (!all.length) throw new Error(`<${widget.localName}> shows nothing to tap`);
  return all.reduce((small, target) => (Math.min(target.width, target.height) < Math.min(small.width, small.height) ? target : small));
}

/** Parts of a widget wider than the widget itself: text or controls a reader would have to scroll sideways to see. */
export function overflowing(widget: Element): string[] {
  const outer = widget.getBoundingClientRect();
  return deepElements(widget)
    .filter(isShown)
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.left < outer.left - 1 || box.right > outer.right + 1;
    })
    .map((element) => `${element.localName}.${element.getAttribute('class') ?? ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`);
}
