import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import cdn from 'virtual:torg-cdn';
import manifest from '../../custom-elements.json';
import { MOCK_API_BASE } from '../../mocks/handlers.js';
import '../../src/embed-builder/define.js';
import type { Manifest } from '../../src/embed-builder/model.js';
import '../../src/index.js';

interface Args {
  lang: '' | 'nb' | 'nn' | 'en';
}

/**
 * For web editors: choose a widget, pick the torg or council from the lists,
 * set the options, see the widget, and copy the code into an HTML block of
 * the page. What it offers comes from the Custom Elements Manifest; the code
 * carries the widget's script with its pinned version and integrity hash.
 * The same builder is `dist/embed-builder.html`, a page an organisation can
 * host (README, "Embed builder"). Here it reads the mock API (example data).
 */
const meta: Meta<Args> = {
  title: 'For nettredaktører/Lag kode til siden',
  tags: ['!autodocs'],
  args: { lang: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'nb', 'nn', 'en'] } },
  parameters: { layout: 'padded', controls: { expanded: false } },
  render: ({ lang }) =>
    html`<torg-embed-builder
      lang=${lang}
      heading-level="1"
      api-base=${MOCK_API_BASE}
      .manifest=${manifest as Manifest}
      .snippets=${cdn}
    ></torg-embed-builder>`,
};

export default meta;

type Story = StoryObj<Args>;

export const Builder: Story = { name: 'Lag kode til siden' };
