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

/**
 * Fake timers: `setTimeout`/`setInterval` (and their `clear…`) and `Date`
 * run on a clock that moves only when the test says so. Everything else —
 * promises, fetch, streams — stays real; `tick()` lets it run between timers.
 */
export interface FakeTimers {
  /** The fake clock's instant (epoch ms). */
  now(): number;
  /**
   * Moves the clock `ms` forward, running each timer that falls due in time
   * order; between timers, pending promise jobs and real tasks get to run.
   */
  tick(ms: number): Promise<void>;
  /** Lets pending promise jobs and real tasks run without moving the clock. */
  flush(): Promise<void>;
  /** Restores the real timers and `Date`. */
  uninstall(): void;
}

interface FakeTimer {
  id: number;
  at: number;
  callback: () => void;
  interval: number | undefined;
}

const real = {
  setTimeout: globalThis.setTimeout.bind(globalThis),
  clearTimeout: globalThis.clearTimeout.bind(globalThis),
  setInterval: globalThis.setInterval.bind(globalThis),
  clearInterval: globalThis.clearInterval.bind(globalThis),
};

export function installFakeTimers(start: string | number = RealDate.now()): FakeTimers {
  let now = typeof start === 'number' ? start : RealDate.parse(start);
  let nextId = 1;
  const timers = new Map<number, FakeTimer>();
  const add = (callback: unknown, delay: unknown, args: unknown[], repeat: boolean): number => {
    const id = nextId++;
    const ms = Math.max(0, Number(delay) || 0);
    const run = typeof callback === 'function' ? () => (callback as (...a: unknown[]) => void)(...args) : () => {};
    timers.set(id, { id, at: now + ms, callback: run, interval: repeat ? Math.max(1, ms) : undefined });
    return id;
  };
  const remove = (id: unknown): void => {
    timers.delete(Number(id));
  };
  globalThis.setTimeout = ((callback: unknown, delay?: unknown, ...args: unknown[]) =>
    add(callback, delay, args, false)) as typeof setTimeout;
  globalThis.setInterval = ((callback: unknown, delay?: unknown, ...args: unknown[]) =>
    add(callback, delay, args, true)) as typeof setInterval;
  globalThis.clearTimeout = remove as typeof clearTimeout;
  globalThis.clearInterval = remove as typeof clearInterval;

  class FakeDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now);
      else super(...(args as [string | number]));
    }
    static override now(): number {
      return now;
    }
  }
  globalThis.Date = FakeDate as DateConstructor;

  // A real task (not a faked timer), so fetch, streams and promise chains move on.
  const flush = async (): Promise<void> => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => real.setTimeout(resolve, 0));
  };

  return {
    now: () => now,
    flush,
    async tick(ms) {
      const end = now + ms;
      await flush();
      for (;;) {
        let due: FakeTimer | undefined;
        for (const timer of timers.values()) if (timer.at <= end && (!due || timer.at < due.at)) due = timer;
        if (!due) break;
        now = Math.max(now, due.at);
        if (due.interval === undefined) timers.delete(due.id);
        else due.at += due.interval;
        due.callback();
        await flush();
      }
      now = end;
      await flush();
    },
    uninstall() {
      Object.assign(globalThis, real);
      globalThis.Date = RealDate;
    },
  };
}
