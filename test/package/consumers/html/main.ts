// A plain page's script: one element by its own entry, typed through the DOM's own maps.
import 'torg-widgets/torg-events.js';
import 'torg-widgets/torg-finder.js';
import type { TorgSelectDetail } from 'torg-widgets';

const events = document.querySelector('torg-events');
if (events) {
  events.view = 'month';
  events.days = 14;
  events.apiBase = 'https://api.example.no/innbyggertorg/v1';
  // @ts-expect-error -- `view` is 'list' | 'month'
  events.view = 'year';
  // @ts-expect-error -- `days` is a number
  events.days = '14';
}

const finder = document.createElement('torg-finder');
finder.map = true;
finder.addEventListener('torg-select', (event) => {
  const id: string = event.detail.torgId;
  const detail: TorgSelectDetail = event.detail;
  // @ts-expect-error -- the detail has no `name`
  console.info(id, detail, event.detail.name);
});
document.addEventListener('torg-booked', (event) => {
  const status: 'confirmed' | 'pending' = event.detail.status;
  console.info(status);
});
document.body.append(finder);
