/** Types of scripts/cdn-snippet.mjs (used by Storybook's Vite config). */
export const CDN: string;
export function integrity(path: string): string;
export function scriptTag(file?: string, root?: string): string;
export function cdnSnippets(root?: string): Record<string, string>;
