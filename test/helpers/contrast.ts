/**
 * WCAG contrast of colours: from the token table (`#rrggbb`) or from
 * `getComputedStyle` (`rgb(…)`, `rgba(…)`), with alpha blended onto a
 * background.
 */
export type Rgb = readonly [number, number, number];

export interface Rgba {
  rgb: Rgb;
  alpha: number;
}

/** Parses `#rgb`, `#rrggbb`, `rgb(r, g, b)`, `rgba(r, g, b, a)` and `rgb(r g b / a)`. */
export function parseColor(text: string): Rgba {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
    return { rgb: [r!, g!, b!], alpha: 1 };
  }
  const fn = /^rgba?\(([^)]+)\)$/.exec(value);
  if (fn) {
    const parts = fn[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    if (parts.length >= 3 && parts.every((n) => Number.isFinite(n))) {
      return { rgb: [parts[0]!, parts[1]!, parts[2]!], alpha: parts[3] ?? 1 };
    }
  }
  throw new Error(`Not a colour this helper reads: "${text}"`);
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (WCAG 2). */
export function luminance(rgb: Rgb): number {
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

/** A colour with `alpha` laid over an opaque background. */
export function blend(fg: Rgb, bg: Rgb, alpha: number): Rgb {
  const mix = (i: 0 | 1 | 2): number => Math.round(fg[i] * alpha + bg[i] * (1 - alpha));
  return [mix(0), mix(1), mix(2)];
}

/** The contrast ratio of two colours (1–21); a translucent foreground is blended onto the background first. */
export function contrast(foreground: string | Rgb, background: string | Rgb): number {
  const bg = typeof background === 'string' ? parseColor(background) : { rgb: background, alpha: 1 };
  if (bg.alpha < 1) throw new Error(`The background must be opaque: ${String(background)}`);
  const fg = typeof foreground === 'string' ? parseColor(foreground) : { rgb: foreground, alpha: 1 };
  const a = luminance(fg.alpha < 1 ? blend(fg.rgb, bg.rgb, fg.alpha) : fg.rgb);
  const b = luminance(bg.rgb);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
