import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { sharedStyles } from '../../src/core/styles.js';
import { choiceStyles, linkButtonStyles } from '../../src/shared/styles.js';
import { measureTargets, smallTargets } from '../helpers/targets.js';
import { emulateTouch } from '../helpers/page.js';

/** The shared controls, in small text (12 px), inside a shadow root as in a widget. */
class SharedControls extends LitElement {
  static override styles = [sharedStyles, linkButtonStyles, choiceStyles];

  override render(): unknown {
    return html`<div class="base" part="base" style="font-size: 12px">
      <button type="button" class="button" id="primary">Bestill</button>
      <button type="button" class="button secondary" id="secondary">Prøv igjen</button>
      <a class="button" href="#x" id="link-button">Legg til i kalenderen</a>
      <button type="button" class="link" id="change">Endre</button>
      <label><input type="checkbox" id="consent" /> Jeg godtar</label>
      <label><input type="radio" name="r" id="radio" /> Ja</label>
      <p>Les mer <a href="#y" id="inline">her</a> om hvordan vi bruker opplysningene.</p>
      <button type="button" disabled>Av</button>
    </div>`;
  }
}
customElements.define('test-shared-controls', SharedControls);

describe('target sizes of the shared controls (WCAG 2.2, 2.5.8)', () => {
  it('are at least 24 × 24 px, even in 12 px text', async () => {
    const el = await fixture<SharedControls>(html`<test-shared-controls></test-shared-controls>`);
    expect(measureTargets(el).map((t) => t.element.id)).to.deep.equal([
      'primary',
      'secondary',
      'link-button',
      'change',
      'consent',
      'radio',
      'inline',
    ]);
    expect(smallTargets(el)).to.deep.equal([]);
  });

  it('are 44 px high for buttons on a touch screen', async () => {
    await emulateTouch();
    const el = await fixture<SharedControls>(html`<test-shared-controls></test-shared-controls>`);
    for (const target of measureTargets(el).filter((t) => t.element.classList.contains('button'))) {
      expect(target.height, target.name).to.be.at.least(44);
      expect(target.width, target.name).to.be.at.least(44);
    }
  });

  it('reports a control that is too small, but not a link inside a sentence', async () => {
    const el = await fixture<HTMLDivElement>(
      html`<div>
        <button style="all: unset; font-size: 10px" type="button">x</button>
        <p style="font-size: 10px; line-height: 1">Se <a href="#z">her</a> for mer.</p>
        <label style="font-size: 10px"
          ><input type="checkbox" style="position: absolute; clip-path: inset(50%); width: 1px; height: 1px" />
          Ja</label
        >
      </div>`,
    );
    const small = smallTargets(el);
    expect(small).to.have.length(2);
    expect(small[0]).to.match(/^x: /);
    expect(small[1]).to.match(/^Ja: /);
    expect(measureTargets(el).find((t) => t.name === 'her')!.inline).to.equal(true);
  });
});
