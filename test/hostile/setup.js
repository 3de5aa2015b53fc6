// The host page's own script, run before the widgets (plain JS, a classic script). Query parameters:
//   api=URL            the API base (as the page's <meta name="torg:api-base">)
//   pollute=a,b        value:     an enumerable value on Object.prototype
//                      function:  an enumerable Object.prototype.extend (Prototype 1.3 style)
//                      prototype: Prototype.js 1.6's changes to the built-ins (prototype-1.6.js)
//   warp=N             the page's clock (setTimeout, setInterval, Date) runs N times faster
//   clock=manual       the page's clock stands still until the test moves it (__hostile.clock), and
//                      __hostile.fetches counts the page's requests (started, still without an answer)
//   bundle=a,b         what to load (default /dist/torg-widgets.js)
//   tt=names           (read by the test server) Trusted Types enforced, these policy names allowed
// What happened is on window.__hostile for the test in the parent page.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var result = { errors: [], violations: [], loaded: false, loadError: null, jump: null, clock: null, fetches: null };
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

  if (params.has('warp')) installWarpClock(Number(params.get('warp')) || 1);
  if (params.get('clock') === 'manual') installManualClock();

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
   * A clock that stands still until the test moves it: `setTimeout`,
   * `setInterval` and `Date` read it, and `__hostile.clock.runNext(limit)`
   * moves it to the next timer (at most to `limit`) and runs the timers due
   * then — one batch per call, so the page's promises settle in between.
   * Time is the widgets' own, whatever a busy machine does to the real one.
   * `__hostile.fetches` counts the page's requests, so the test can tell
   * when the page waits only for the clock.
   */
  function installManualClock() {
    var RealDate = Date;
    var now = RealDate.now();
    var timers = [];
    var nextId = 1;
    var order = 0;
    function add(callback, delay, args, repeat) {
      var id = nextId++;
      var wait = Math.max(0, Number(delay) || 0);
      timers.push({
        id: id,
        at: now + wait,
        order: order++,
        callback: callback,
        args: args,
        every: repeat ? Math.max(1, wait) : 0,
      });
      return id;
    }
    function clear(id) {
      timers = timers.filter(function (timer) {
        return timer.id !== id;
      });
    }
    window.setTimeout = function (callback, delay) {
      return add(callback, delay, Array.prototype.slice.call(arguments, 2), false);
    };
    window.setInterval = function (callback, delay) {
      return add(callback, delay, Array.prototype.slice.call(arguments, 2), true);
    };
    window.clearTimeout = clear;
    window.clearInterval = clear;
    function ManualDate() {
      var args = Array.prototype.slice.call(arguments);
      if (!(this instanceof ManualDate)) return new RealDate(now).toString();
      return Reflect.construct(RealDate, args.length === 0 ? [now] : args);
    }
    ManualDate.prototype = RealDate.prototype;
    ManualDate.now = function () {
      return now;
    };
    ManualDate.parse = RealDate.parse;
    ManualDate.UTC = RealDate.UTC;
    window.Date = ManualDate;

    var realFetch = window.fetch;
    var fetches = { started: 0, pending: 0 };
    window.fetch = function () {
      fetches.started++;
      fetches.pending++;
      var settle = function () {
        fetches.pending--;
      };
      var request = realFetch.apply(this, arguments);
      request.then(settle, settle);
      return request;
    };
    result.fetches = fetches;

    result.clock = {
      now: function () {
        return now;
      },
      /** When the next timer is due (epoch ms), or null. */
      next: function () {
        var at = null;
        for (var i = 0; i < timers.length; i++) if (at === null || timers[i].at < at) at = timers[i].at;
        return at;
      },
      /** Moves to the next timer (not past `limit`) and runs every timer due then; returns how many ran. */
      runNext: function (limit) {
        var at = result.clock.next();
        if (at === null || at > limit) {
          now = Math.max(now, limit);
          return 0;
        }
        now = Math.max(now, at);
        var due = timers
          .filter(function (timer) {
            return timer.at <= now;
          })
          .sort(function (a, b) {
            return a.at - b.at || a.order - b.order;
          });
        for (var i = 0; i < due.length; i++) {
          var timer = due[i];
          if (timers.indexOf(timer) < 0) continue;
          if (timer.every) timer.at = now + timer.every;
          else clear(timer.id);
          try {
            if (typeof timer.callback === 'function') timer.callback.apply(window, timer.args);
          } catch (error) {
            result.errors.push(String((error && error.stack) || error));
          }
        }
        return due.length;
      },
    };
  }

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
})();
