/**
 * A test clock: `Date` reads a chosen instant and advances in real time from
 * there (timers stay real), so code that schedules a timer for "the next
 * change" really wakes up. `jump()` leaps forward or back.
 */
const RealDate = Date;

export interface TestClock {
  /** The clock's current instant (epoch ms). */
  now(): number;
  /** Sets the clock to an instant (RFC 3339 or epoch ms). */
  set(instant: string | number): void;
  /** Moves the clock by `ms` (negative goes back). */
  jump(ms: number): void;
  /** Restores the real `Date`. */
  uninstall(): void;
}

export function installClock(start: string | number): TestClock {
  let offset = 0;
  const toMs = (instant: string | number): number => (typeof instant === 'number' ? instant : RealDate.parse(instant));
  const set = (instant: string | number): void => {
    offset = toMs(instant) - RealDate.now();
  };
  set(start);

  class ClockDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string | number]));
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ClockDate as DateConstructor;

  return {
    now: () => RealDate.now() + offset,
    set,
    jump: (ms) => {
      offset += ms;
    },
    uninstall: () => {
      globalThis.Date = RealDate;
    },
  };
}
