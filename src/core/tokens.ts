/**
 * The colour tokens: a light and a dark default for each, and the
 * Designsystemet and Punkt token each follows when the page has one (see
 * `styles.ts`). Kept apart from the other styles because the CSS here is
 * generated (a module with `unsafeCSS` is not minified at build time).
 */
import { unsafeCSS } from 'lit';

/** A colour token's defaults and the Designsystemet / Punkt token it follows when the page has one. */
export interface ColorToken {
  light: string;
  dark: string;
  /** `--ds-color-<ds>` (Designsystemet). */
  ds?: string;
  /** `--pkt-color-<pkt>` (Punkt). */
  pkt?: string;
}

/** The colour tokens: `--torg-color-<name>` for the page, `--_color-<name>` inside. */
export const COLOR_TOKENS = {
  text: { light: '#1f2328', dark: '#e6e9ec', ds: 'neutral-text-default', pkt: 'text-body-default' },
  'text-muted': { light: '#4f5760', dark: '#aeb6bf', ds: 'neutral-text-subtle', pkt: 'text-placeholder' },
  bg: { light: '#ffffff', dark: '#1b1f24', ds: 'neutral-background-default', pkt: 'background-default' },
  surface: { light: '#f3f5f7', dark: '#252b32', ds: 'neutral-background-tinted', pkt: 'background-subtle' },
  border: { light: '#767f88', dark: '#8b949e', ds: 'neutral-border-default', pkt: 'border-default' },
  'border-subtle': { light: '#d5dade', dark: '#3d444d', ds: 'neutral-border-subtle', pkt: 'border-subtle' },
  primary: { light: '#00509e', dark: '#7ab7ff', ds: 'accent-base-default' },
  'primary-hover': { light: '#003b75', dark: '#a5cfff', ds: 'accent-base-hover' },
  'on-primary': { light: '#ffffff', dark: '#0b1a2b', ds: 'accent-base-contrast-default' },
  link: { light: '#00509e', dark: '#8cc2ff', ds: 'accent-text-subtle', pkt: 'text-action-normal' },
  focus: { light: '#b34700', dark: '#ffa657', ds: 'focus-outer' },
  success: { light: '#1b6b32', dark: '#6bd58a', ds: 'success-text-subtle' },
  'success-bg': { light: '#e6f4ea', dark: '#13261a', ds: 'success-surface-tinted' },
  danger: { light: '#b3261e', dark: '#ff8a80', ds: 'danger-text-subtle' },
  'danger-bg': { light: '#fdecea', dark: '#2e1517', ds: 'danger-surface-tinted' },
  warning: { light: '#6e4a00', dark: '#e6b84a', ds: 'warning-text-subtle' },
  'warning-bg': { light: '#fff4d6', dark: '#2b2212', ds: 'warning-surface-tinted' },
  'info-bg': { light: '#e8f1fb', dark: '#14263b', ds: 'accent-surface-tinted' },
  skeleton: { light: '#6e7781', dark: '#7d8792', ds: 'neutral-border-default' },
} satisfies Record<string, ColorToken>;

export type ColorName = keyof typeof COLOR_TOKENS;

const colors = Object.entries(COLOR_TOKENS) as [ColorName, ColorToken][];

/** `--_color-x: var(--torg-color-x, var(--ds-color-…, var(--pkt-color-…, var(--_d-x))))`, `--_d-x: light-dark(…)`. */
const colorDeclarations = colors
  .map(([name, { light, dark, ds, pkt }]) => {
    let value = `var(--_d-${name})`;
    if (pkt) value = `var(--pkt-color-${pkt},${value})`;
    if (ds) value = `var(--ds-color-${ds},${value})`;
    return `--_color-${name}:var(--torg-color-${name},${value});--_d-${name}:light-dark(${light},${dark});`;
  })
  .join('');

/** Browsers without `light-dark()` (Safari < 17.5) get the light set. */
const lightOnly = colors.map(([name, { light }]) => `--_d-${name}:${light};`).join('');

/** The colour tokens (generated from {@link COLOR_TOKENS}). */
export const colorTokens = unsafeCSS(
  `:host{${colorDeclarations}}@supports not (color:light-dark(#000,#fff)){:host{${lightOnly}}}`,
);
