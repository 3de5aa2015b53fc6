/**
 * What a person typed, kept on the device (`localStorage`) until it is sent,
 * so a reload, a closed tab or a crash loses nothing. Storage that is
 * blocked (privacy settings, an opaque origin such as a sandboxed frame) or
 * full never breaks a form: it works on, without a draft.
 */

/** The stored text under `key`; `null` when there is none or storage is blocked. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `text` under `key`; `undefined` removes the entry. */
export function writeStored(key: string, text: string | undefined): void {
  try {
    if (text === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, text);
  } catch {
    // Full or blocked storage: what was typed stays in the page.
  }
}
