// React 19: the elements in JSX, typed by `torg-widgets/react`.
import type {} from 'torg-widgets/react';
import 'torg-widgets/torg-finder.js';
import 'torg-widgets/torg-events.js';
import { useRef, useState } from 'react';

export function App() {
  const [torg, setTorg] = useState('tofte');
  const events = useRef<HTMLElementTagNameMap['torg-events']>(null);
  return (
    <>
      <torg-finder map service="bibliotek" ontorg-select={(event) => setTorg(event.detail.torgId)} />
      <torg-events ref={events} torg={torg} view="month" days={7} api-base="https://api.example.no/v1" lang="nn" />
      {/* @ts-expect-error -- `view` is 'list' | 'month' */}
      <torg-events view="year" />
      {/* @ts-expect-error -- `days` is a number */}
      <torg-events days="7" />
      {/* @ts-expect-error -- the torg-select detail has no `name` */}
      <torg-finder ontorg-select={(event) => console.info(event.detail.name)} />
      <torg-booking torg="borgen" ontorg-booked={(event) => console.info(event.detail.status)} />
    </>
  );
}
