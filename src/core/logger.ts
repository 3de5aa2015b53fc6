/**
 * Console messages prefixed with the element's tag, so a web editor sees
 * which widget complained and why.
 */
export interface Logger {
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  info(...args: unknown[]): void;
}

export function createLogger(tag: string): Logger {
  const prefix = `[${tag}]`;
  return {
    warn: (...args) => console.warn(prefix, ...args),
    error: (...args) => console.error(prefix, ...args),
    info: (...args) => console.info(prefix, ...args),
  };
}
