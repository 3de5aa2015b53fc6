/**
 * Target sizes (WCAG 2.2, 2.5.8 "Target Size (Minimum)": 24 × 24 CSS px) of
 * every control a person can focus in a rendered element, its shadow root
 * and the shadow roots inside it.
 *
 *   expect(smallTargets(el)).to.deep.equal([]);
 *
 * A control hidden from view whose label is what a person clicks (a custom
 * radio button) is measured by its label. Links inside a sentence are
 * reported but not counted as too small (the "inline" exception).
 */
export interface Target {
  element: HTMLElement;
  /** What the control says (for a readable failure). */
  name: string;
  width: number;
  height: number;
  /** A link in running text (exempt from the minimum). */
  inline: boolean;
}

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  'iframe',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable]:not([contenteditable="false"])',
].join(',');

/** The element and every element in the shadow roots below it. */
function* allElements(root: Element | ShadowRoot): Generator<HTMLElement> {
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

function isShown(element: HTMLElement): boolean {
  if (element.closest('[inert]') || element.getClientRects().length === 0) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden' && style.display !== 'none';
}

function labelsOf(element: HTMLElement): HTMLLabelElement[] {
  const labelled =
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLButtonElement;
  return labelled ? [...(element.labels ?? [])] : [];
}

function nameOf(element: HTMLElement): string {
  const text = (node: Node): string => node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return (
    element.getAttribute('aria-label') ??
    (text(element) || labelsOf(element).map(text).join(' ') || element.id || element.localName)
  );
}

/** A link that sits in a sentence: inline, with other text around it. */
function isInline(element: HTMLElement): boolean {
  if (element.localName !== 'a' || getComputedStyle(element).display !== 'inline') return false;
  const own = element.textContent?.trim().length ?? 0;
  return (element.parentElement?.textContent?.trim().length ?? 0) > own;
}

/** The box a person hits: the control, or — when the control itself is hidden from view — its largest label. */
function hitBox(element: HTMLElement): DOMRect {
  const box = element.getBoundingClientRect();
  const labels = labelsOf(element);
  if ((box.width > 1 && box.height > 1) || labels.length === 0) return box;
  return labels
    .map((label) => label.getBoundingClientRect())
    .reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
}

/** Every focusable, enabled, shown control inside `root` (through shadow roots) with its size. */
export function measureTargets(root: Element): Target[] {
  const scope = root.shadowRoot ?? root;
  return [...allElements(scope)]
    .filter((element) => element.matches(FOCUSABLE) && !element.matches(':disabled') && isShown(element))
    .map((element) => {
      const box = hitBox(element);
      return {
        element,
        name: nameOf(element),
        width: Math.round(box.width * 100) / 100,
        height: Math.round(box.height * 100) / 100,
        inline: isInline(element),
      };
    });
}

/** The controls smaller than `min` × `min` px (inline links excepted), as "name: w × h" for a readable failure. */
export function smallTargets(root: Element, min = 24): string[] {
  return measureTargets(root)
    .filter((target) => !target.inline && (target.width < min || target.height < min))
    .map((target) => `${target.name}: ${target.width} × ${target.height}`);
}
