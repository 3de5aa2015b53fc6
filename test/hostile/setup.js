// The host page's own script, run before the widgets (plain JS, a classic script). Query parameters:
//   api=URL            the API base (as the page's <meta name="torg:api-base">)
//   pollute=a,b        value:     an enumerable value on Object.prototype
//                      function:  an enumerable Object.prototype.extend (Prototype 1.3 style)
//                      prototype: Prototype.js 1.6's changes to the built-ins (prototype-1.6.js)
//   warp=N             the page's clock (setTimeout, setInterval, Date) runs N times faster
//   clock=manual       the page's clock stands still; only `__hostile.jump(ms)` moves it (and fires its timers);
//                      each fetch's URL is noted on `__hostile.fetches` as it is called
//   bundle=a,b         what to load (default /dist/torg-widgets.js)
//   tt=names           (read by the test server) Trusted Types enforced, these policy names allowed
// What happened is on window.__hostile for the test in the parent page.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var result = { errors: [], violations: [], loaded: false, loadError: null, jump: null, fetches: [] };
  document.addEventListener('securitypolicyviolation', function (event) {
    result.violations.push(event.violatedDirective + ': ' + event.blockedURI);
  });
  window.__hostile = result;
  window.addEventListener('error', function (event) {
    result.errors.push(String(event.message));
  });
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    result.errors.push(String((reason && reason.stack) || reason));
  });

  var api = params.get('api');
  if (api) {
    var meta = document.createElement('meta');
    meta.name = 'torg:api-base';
    meta.content = api;
    document.head.appendChild(meta);
  }

  if (params.get('clock') === 'manual') installManualClock();
  else if (params.has('warp')) installWarpClock(Number(params.get('warp')) || 1);

  var pollute = (params.get('pollute') || '').split(',');
  // Prototype.js first: a plugin loaded after it may add to Object.prototype (the other way round breaks Prototype itself).
  if (pollute.indexOf('prototype') >= 0) window.__installPrototype16();
  if (pollute.indexOf('value') >= 0) {
    // What a careless theme does: `Object.prototype.foo = …` (enumerable).
    Object.prototype.torgHostileValue = 'polluted';
  }
  if (pollute.indexOf('function') >= 0) {
    // Prototype.js 1.3 and other jQuery-era plugins: an enumerable method on every object.
    Object.prototype.extend = function (source) {
      for (var key in source) this[key] = source[key];
      return this;
    };
  }

  var bundles = (params.get('bundle') || '/dist/torg-widgets.js').split(',');
  Promise.all(
    bundles.map(function (src) {
      return import(src);
    }),
  ).then(
    function () {
      result.loaded = true;
    },
    function (error) {
      result.loadError = String(error);
      result.loaded = true;
    },
  );

  /**
   * The page's clock runs `factor` times faster: timers fire sooner and
   * `Date` moves faster, from now. `__hostile.jump(ms)` moves it forward.
   */
  function installWarpClock(factor) {
    var RealDate = Date;
    var realNow = RealDate.now;
    var realSetTimeout = window.setTimeout;
    var realSetInterval = window.setInterval;
    var origin = realNow();
    var offset = 0;
    var now = function () {
      return origin + (realNow() - origin) * factor + offset;
    };
    window.setTimeout = function (callback, delay) {
      var args = Array.prototype.slice.call(arguments, 2);
      return realSetTimeout.apply(window, [callback, Math.max(0, Number(delay) || 0) / factor].concat(args));
    };
    window.setInterval = function (callback, delay) {
      var args = Array.prototype.slice.call(arguments, 2);
      return realSetInterval.apply(window, [callback, Math.max(1, Number(delay) || 0) / factor].concat(args));
    };
    function WarpDate() {
      var args = Array.prototype.slice.call(arguments);
      if (!(this instanceof WarpDate)) return new RealDate(now()).toString();
      return Reflect.construct(RealDate, args.length === 0 ? [now()] : args);
    }
    WarpDate.prototype = RealDate.prototype;
    WarpDate.now = now;
    WarpDate.parse = RealDate.parse;
    WarpDate.UTC = RealDate.UTC;
    window.Date = WarpDate;
    result.jump = function (ms) {
      offset += ms;
    };
  }

  /**
   * The page's clock stands still: `Date` does not move and a timer fires
   * only when `__hostile.jump(ms)` moves the clock past it (a timer already
   * due, such as `setTimeout(f, 0)`, fires at once). A jump fires the timers
   * it passes in order, each in a task of its own at its own time, and
   * resolves when they have run.
   */
  function installManualClock() {
    var RealDate = Date;
    var realSetTimeout = window.setTimeout;
    var current = RealDate.now();
    var target = current;
    var timers = new Map();
    var lastId = 0;
    var running = false;
    var waiters = [];
    var now = function () {
      return current;
    };
    function add(callback, delay, args, repeat) {
      var ms = Math.max(repeat ? 1 : 0, Number(delay) || 0);
      var id = ++lastId;
      timers.set(id, { id: id, due: current + ms, callback: callback, args: args, repeat: repeat ? ms : 0 });
      run();
      return id;
    }
    /** The timer due first by `until` (of those due at the same time, the one set first). */
    function next(until) {
      var found = null;
      timers.forEach(function (timer) {
        if (timer.due <= until && (!found || timer.due < found.due)) found = timer;
      });
      return found;
    }
    /** Fires the timers due by `target`, one per task, then moves the clock to `target`. */
    function run() {
      if (running) return;
      running = true;
      realSetTimeout(function step() {
        var timer = next(target);
        if (!timer) {
          running = false;
          current = Math.max(current, target);
          var done = waiters;
          waiters = [];
          done.forEach(function (resolve) {
            resolve();
          });
          return;
        }
        current = Math.max(current, timer.due);
        if (timer.repeat) timer.due = current + timer.repeat;
        else timers.delete(timer.id);
        realSetTimeout(step, 0);
        if (typeof timer.callback === 'function') timer.callback.apply(window, timer.args);
      }, 0);
    }
    window.setTimeout = function (callback, delay) {
      return add(callback, delay, Array.prototype.slice.call(arguments, 2), false);
    };
    window.setInterval = function (callback, delay) {
      return add(callback, delay, Array.prototype.slice.call(arguments, 2), true);
    };
    window.clearTimeout = window.clearInterval = function (id) {
      timers.delete(id);
    };
    function ManualDate() {
      var args = Array.prototype.slice.call(arguments);
      if (!(this instanceof ManualDate)) return new RealDate(now()).toString();
      return Reflect.construct(RealDate, args.length === 0 ? [now()] : args);
    }
    ManualDate.prototype = RealDate.prototype;
    ManualDate.now = now;
    ManualDate.parse = RealDate.parse;
    ManualDate.UTC = RealDate.UTC;
    window.Date = ManualDate;
    // When a request was asked for, whether or not the browser could send it yet (six connections to a host).
    var realFetch = window.fetch;
    window.fetch = function (input) {
      result.fetches.push(typeof input === 'string' ? input : input && input.url ? input.url : String(input));
      return realFetch.apply(window, arguments);
    };
    result.jump = function (ms) {
      target = Math.max(target, current) + ms;
      return new Promise(function (resolve) {
        waiters.push(resolve);
        run();
      });
    };
  }
})();
