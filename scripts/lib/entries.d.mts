export function elementEntries(): Record<string, string>;
export function cdnEntries(): Record<string, string>;
