import { expect } from '@open-wc/testing';
import { baseStyles, COLOR_TOKENS, type ColorName } from '../../src/core/styles.js';
import { blend, contrast, parseColor } from '../helpers/contrast.js';

/** The lowest opacity of the loading bars' pulse, read from the shared styles. */
function skeletonMinOpacity(): number {
  const rules = [...baseStyles.styleSheet!.cssRules];
  const pulse = rules.find(
    (rule): rule is CSSKeyframesRule => rule instanceof CSSKeyframesRule && rule.name === 'torg-pulse',
  );
  const opacities = [...pulse!.cssRules].map((frame) => Number((frame as CSSKeyframeRule).style.opacity || 1));
  return Math.min(1, ...opacities);
}

/** WCAG AA: text 4.5:1; borders, focus rings and other non-text parts 3:1. */
const TEXT = 4.5;
const UI = 3;

/** Every pair of tokens the shared and widget styles put together, and what it must reach. */
const PAIRS: [foreground: ColorName, background: ColorName, minimum: number, where: string][] = [
  ['text', 'bg', TEXT, 'body text'],
  ['text', 'surface', TEXT, 'text in panels and notices'],
  ['text', 'info-bg', TEXT, 'text in an information notice'],
  ['text', 'success-bg', TEXT, 'text in a success box'],
  ['text', 'danger-bg', TEXT, 'text in an error box'],
  ['text', 'warning-bg', TEXT, 'text in a warning'],
  ['text-muted', 'bg', TEXT, 'secondary text, "Laster …"'],
  ['text-muted', 'surface', TEXT, 'secondary text in panels'],
  ['text-muted', 'danger-bg', TEXT, '"Teknisk informasjon" in an error box'],
  ['primary', 'bg', TEXT, 'a secondary button’s text and border'],
  ['primary', 'surface', TEXT, 'accents in panels'],
  ['primary', 'info-bg', TEXT, 'a secondary button under the pointer'],
  ['on-primary', 'primary', TEXT, 'a primary button'],
  ['on-primary', 'primary-hover', TEXT, 'a primary button under the pointer'],
  ['primary', 'bg', UI, 'a primary button against the page'],
  ['link', 'bg', TEXT, 'links'],
  ['link', 'surface', TEXT, 'links in panels'],
  ['focus', 'bg', UI, 'the focus ring'],
  ['focus', 'surface', UI, 'the focus ring in panels'],
  ['focus', 'danger-bg', UI, 'the focus ring in an error box'],
  ['border', 'bg', UI, 'control borders'],
  ['border', 'surface', UI, 'control borders in panels'],
  ['success', 'bg', TEXT, '"open", "met"'],
  ['success', 'success-bg', TEXT, 'a success box'],
  ['danger', 'bg', TEXT, 'errors, "closed"'],
  ['danger', 'danger-bg', TEXT, 'an error box'],
  ['warning', 'bg', TEXT, 'warnings'],
  ['warning', 'warning-bg', TEXT, 'a warning box'],
  ['skeleton', 'bg', UI, 'the loading bars'],
];

describe('the colour tokens', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} set`, () => {
      const color = (name: ColorName): string => COLOR_TOKENS[name][theme];

      for (const [fg, bg, minimum, where] of PAIRS) {
        it(`${fg} on ${bg} reaches ${minimum}:1 (${where})`, () => {
          const ratio = contrast(color(fg), color(bg));
          expect(ratio, `${color(fg)} on ${color(bg)}: ${ratio.toFixed(2)}:1`).to.be.at.least(minimum);
        });
      }

      it('keeps the loading bars at 3:1 at the faintest point of their pulse', () => {
        const bg = parseColor(color('bg')).rgb;
        const opacity = skeletonMinOpacity();
        expect(opacity).to.be.within(0.5, 1);
        const faintest = blend(parseColor(color('skeleton')).rgb, bg, opacity);
        expect(contrast(faintest, bg)).to.be.at.least(UI);
      });
    });
  }

  it('has a light and a dark value for every token, each a colour', () => {
    for (const [name, token] of Object.entries(COLOR_TOKENS)) {
      expect(() => parseColor(token.light), name).not.to.throw();
      expect(() => parseColor(token.dark), name).not.to.throw();
    }
  });

  it('computes contrast the WCAG way (reference values)', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrast('#ffffff', '#ffffff')).to.equal(1);
    // #767676 on white is the well-known 4.54:1.
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrast('rgba(0, 0, 0, 0.5)', '#ffffff')).to.be.closeTo(contrast('#808080', '#ffffff'), 0.05);
  });
});
