/**
 * The API's answers that travel with server-rendered HTML (`torg-widgets/ssr`).
 *
 * The server loads a widget's data with the same client as the browser and
 * notes every answer it used, by request (path and query, relative to the
 * API base). They go into the page as a data block inside the element:
 *
 *   <torg-opening-hours torg="borgen">
 *     <template shadowrootmode="open">…the loaded widget…</template>
 *     <script type="application/json" data-torg-answers>{"at":…,"answers":{"/torg/borgen":{…}}}</script>
 *   </torg-opening-hours>
 *
 * A JSON block is never executed (so it needs no CSP allowance) and its text
 * is escaped so no answer can close it. When the element starts in the
 * browser, its first load reads these answers instead of asking the API — and
 * checks them like any answer — so the page shows the same content without a
 * second request.
 */

/** Answers by request: read by the element's first load in the browser, written while rendering on the server. */
export interface AnswerBook {
  /** The answer to a request (`/torg/borgen`, `/events?from=…`), or `undefined` to ask the API. */
  read(request: string): unknown;
  /** Notes an answer the API gave (on the server). */
  write?(request: string, data: unknown): void;
}

/** The element's data block. */
export const ANSWERS_SELECTOR = ':scope > script[type="application/json"][data-torg-answers]';

/** How long answers that came with the page count as fresh; older ones are shown, then asked for again. */
export const ANSWERS_FRESH_MS = 60_000;

interface AnswersBlock {
  /** When the server had the answers (epoch ms). */
  at: number;
  answers: Record<string, unknown>;
}

/** The request an API URL stands for, relative to the base: `/torg/borgen`, `/events?from=…&to=…`. */
export function requestOf(base: string, url: string): string {
  const root = new URL(base.replace(/\/+$/, '') + '/');
  const full = new URL(url);
  return full.pathname.slice(root.pathname.length - 1) + full.search;
}

/**
 * The data block's JSON: `<` is written as `\u003c`, so the text cannot close
 * the `<script>` element or open a comment, whatever an answer holds.
 */
export function answersJson(answers: ReadonlyMap<string, unknown>, at: number): string {
  const block: AnswersBlock = { at, answers: Object.fromEntries(answers) };
  return JSON.stringify(block)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The answers in an element's data block (its own child), or `undefined`.
 * A block that is not such JSON is ignored: the element asks the API.
 */
export function readAnswers(element: Element): { book: AnswerBook; at: number } | undefined {
  const script = element.querySelector(ANSWERS_SELECTOR);
  if (!script) return undefined;
  try {
    const block = JSON.parse(script.textContent ?? '') as Partial<AnswersBlock> | null;
    const answers = block?.answers;
    if (!answers || typeof answers !== 'object' || Array.isArray(answers)) return undefined;
    const at = typeof block.at === 'number' && Number.isFinite(block.at) ? block.at : 0;
    return { book: { read: (request) => (Object.hasOwn(answers, request) ? answers[request] : undefined) }, at };
  } catch {
    return undefined;
  }
}
