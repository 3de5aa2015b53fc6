/**
 * API text as a careless or hostile API sends it, and what a person would
 * see go wrong: words of the widget's own shown reversed (a U+202E in a name
 * before them), and content wider than the page (a long unbroken string).
 *
 *   poisonTexts(db(), (text) => `${text}${RLO}`);
 *   expect(reversedWords(el)).to.deep.equal([]);
 *   expect(overflowing(el)).to.deep.equal([]);
 */

/** U+202E RIGHT-TO-LEFT OVERRIDE: everything after it in its paragraph is drawn reversed, unless isolated. */
export const RLO = '\u202E';

/** The fields of the API's types that hold plain text a person reads (names, titles, places, notes …). */
const TEXT_KEYS = new Set([
  'name',
  'title',
  'note',
  'description',
  'street',
  'city',
  'accessibility',
  'organisation',
  'legalBasis',
  'number',
  'exemption',
  'decision',
  'address',
  'price',
  'alt',
  'recipient',
  'purpose',
  'caseNumber',
]);

/** Changes every text field (see `TEXT_KEYS`) of the data, in place, however deep. */
export function poisonTexts(data: unknown, change: (text: string) => string): void {
  if (Array.isArray(data)) {
    for (const item of data) poisonTexts(item, change);
    return;
  }
  if (data === null || typeof data !== 'object') return;
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (typeof value === 'string' && TEXT_KEYS.has(key)) record[key] = change(value);
    else poisonTexts(value, change);
  }
}

/** Every text node under a root, its shadow roots included. */
function* textNodes(root: Node): Generator<Text> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) yield node;
    else if ((node as Element).shadowRoot) yield* textNodes((node as Element).shadowRoot!);
  }
}

function rectOf(node: Text, index: number): DOMRect | undefined {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  const rect = range.getClientRects()[0];
  return rect && rect.width > 0 ? rect : undefined;
}

/**
 * Words drawn right to left although they are left-to-right words: the
 * widget's own words after API text that ended in an override. In each text
 * node only what follows its last U+202E is looked at (the API text itself
 * may be drawn as the API asked). A word broken over two lines is skipped.
 */
export function reversedWords(el: Element): string[] {
  const reversed: string[] = [];
  for (const node of textNodes(el.shadowRoot ?? el)) {
    const text = node.data;
    const from = text.lastIndexOf(RLO) + 1;
    for (const match of text.slice(from).matchAll(/\p{L}{3,}/gu)) {
      const start = from + match.index;
      const end = start + match[0].length - 1;
      const first = rectOf(node, start);
      const last = rectOf(node, end);
      if (!first || !last || Math.abs(first.top - last.top) > 2) continue;
      if (first.left > last.left) reversed.push(`"${match[0]}" in "${text.trim().slice(0, 80)}"`);
    }
  }
  return reversed;
}

/** Elements of a widget that reach past the right edge of the viewport (or of the widget). */
export function overflowing(el: Element): string[] {
  const limit = Math.min(document.documentElement.clientWidth, el.getBoundingClientRect().right) + 1;
  const out: string[] = [];
  const visit = (root: ParentNode): void => {
    for (const child of root.querySelectorAll('*')) {
      if (child.shadowRoot) visit(child.shadowRoot);
      // Not drawn: a closed <details>' content, `display: none`, `visibility: hidden`.
      if (!child.checkVisibility({ visibilityProperty: true })) continue;
      const rect = child.getBoundingClientRect();
      // Visually hidden text (`.vh`: 1 × 1 px, clipped) is not seen.
      if (rect.width <= 1 || rect.right <= limit) continue;
      out.push(
        `<${child.localName} class="${child.getAttribute('class') ?? ''}"> reaches ${Math.round(rect.right)} px`,
      );
    }
  };
  visit(el.shadowRoot ?? el);
  return out;
}
