import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import darkPageCss from '../../test/fixtures/dark-page.css?inline';
import designsystemetCss from '../../test/fixtures/designsystemet.css?inline';
import hostileCss from '../../test/fixtures/hostile-theme.css?inline';
import punktCss from '../../test/fixtures/punkt.css?inline';
import '../../src/index.js';

/**
 * The widgets on the pages they meet: a CMS theme that fights them, a dark
 * page, and pages built with Digdir's Designsystemet or Oslo's Punkt (whose
 * tokens the widgets follow by themselves). Each story is the whole page, so
 * on the docs page each is drawn in a frame of its own: its page style stays
 * in it. All data is example data from the mock API.
 */
const meta: Meta = {
  title: 'Getting started/Host pages',
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 900 } },
  },
};

export default meta;
type Story = StoryObj;

/** The page's style sheet, for the story's document (a story is a page of its own). */
function page(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}

/** Every widget, as an editor would place them on a page, each under the page's own heading. */
function everyWidget(theme?: 'dark'): TemplateResult {
  const t = theme ?? nothing;
  return html`<main class="host-page" style="max-width: 60em; margin: 0 auto; padding: 1em">
    <h1>Innbyggertorg i Asker</h1>
    <torg-opening-hours torg="asker-sentrum" theme=${t}></torg-opening-hours>
    <h2>Hva skjer?</h2>
    <torg-events days="7" theme=${t}></torg-events>
    <h2>Finn et innbyggertorg</h2>
    <torg-finder theme=${t}></torg-finder>
    <h2>Bestill rom eller veiledning på Borgen</h2>
    <torg-booking torg="borgen" theme=${t}></torg-booking>
    <torg-committee committee="tofte-lsu" theme=${t}></torg-committee>
    <h2>Møter</h2>
    <torg-agenda committee="tofte-lsu" theme=${t}></torg-agenda>
    <h2>Stedskompasset for Tofte</h2>
    <torg-stedskompass area="tofte" results theme=${t}></torg-stedskompass>
    <torg-tilskudd committee="tofte-lsu" theme=${t}></torg-tilskudd>
    <torg-innspill committee="tofte-lsu" theme=${t}></torg-innspill>
  </main>`;
}

/**
 * A CMS theme that fights the widgets (test/fixtures/hostile-theme.css): `* { line-height: 2;
 * box-sizing: content-box; text-transform: uppercase; … }`, borders on every div. Only its font family
 * and size reach inside; the widgets look as on any page.
 */
export const HostileTheme: Story = {
  name: 'Hostile CMS theme',
  render: () => html`${page(hostileCss)} ${everyWidget()}`,
};

/** A dark page (test/fixtures/dark-page.css) with the widgets' dark colours (`theme="dark"`). */
export const DarkPage: Story = {
  name: 'Dark page',
  render: () => html`${page(darkPageCss)} ${everyWidget('dark')}`,
};

/** A dark page where the widgets keep their light colours (no `theme`): each is a light panel on it. */
export const DarkPageLightWidgets: Story = {
  name: 'Dark page, light widgets',
  render: () => html`${page(darkPageCss)} ${everyWidget()}`,
};

/** Tokens that live on `:root` in the fixtures, moved to a column of their own. */
const scoped = (css: string, selector: string): string => css.replace(/:root/g, selector);

function column(name: string, className: string): TemplateResult {
  return html`<section class=${className} style="display: grid; gap: 1.5em; align-content: start">
    <h2 style="margin: 0">${name}</h2>
    <torg-opening-hours torg="borgen" view="today"></torg-opening-hours>
    <torg-booking torg="borgen"></torg-booking>
    <torg-events days="3"></torg-events>
  </section>`;
}

/**
 * The same widgets on a Designsystemet page (test/fixtures/designsystemet.css: the Digdir theme's
 * colours, font, radius and focus) and on a Punkt page (test/fixtures/punkt.css: Oslo's text,
 * background, border and link colours), side by side. The widgets take these from the page's tokens
 * with no `--torg-*` set.
 */
export const DesignsystemetAndPunkt: Story = {
  name: 'Designsystemet and Punkt side by side',
  render: () =>
    html`${page(scoped(designsystemetCss, '.ds'))} ${page(scoped(punktCss, '.pkt'))}
      <main style="display: grid; grid-template-columns: repeat(auto-fit, minmax(20em, 1fr)); gap: 2em; padding: 1em">
        ${column('Designsystemet', 'ds')} ${column('Punkt (Oslo kommune)', 'pkt')}
      </main>`,
};
