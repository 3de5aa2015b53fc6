/* eslint-disable @typescript-eslint/no-this-alias, no-control-regex -- an old library, reproduced in its own style */
// A faithful reproduction of what Prototype.js 1.6 (2007–2010, still on old CMS themes) does to the
// built-ins of a page — not its code, which is not on the npm registry in a browser build. It defines
// `window.__installPrototype16()`; setup.js calls it when a test asks for `pollute=prototype`.
//
// What 1.6 changes, and what is reproduced here:
// - `Array.from = $A`: copies by `length` and ignores a map function (so `Array.from({ length: 7 }, fn)`
//   gives seven `undefined`s, and a Set or an iterator gives `[]`).
// - `Array.prototype.toJSON` (and `Date`, `Number`, `String`'s): `JSON.stringify` then writes every array
//   as a JSON *string*.
// - Enumerable mixed into `Array.prototype`, replacing natives: `map`/`collect`, `filter`/`select`/`findAll`,
//   `find`/`detect`, `every`/`all`, `some`/`any` (callbacks get (value, index) only), `entries` (= `toArray`:
//   an array, not an iterator), `reduce` (returns the array or its only item, ignoring the callback),
//   `reverse(inline)`, `include`, `inject`, `pluck`, …
// - `Object.extend`, `Object.keys`/`values` written with `for…in` (inherited enumerable keys included),
//   `Object.toJSON`, `Object.isArray`…
// - `Function.prototype.bind` replaced (a plain wrapper), plus `curry`, `delay`, `defer`, `wrap`…
// - `String.prototype.startsWith`/`endsWith` replaced (no position argument), plus `strip`, `include`,
//   `times`, `escapeHTML`, `toJSON`, `inspect`…
// - `window.Element` replaced by Prototype's own constructor (same prototype), and Element.Methods added to
//   `HTMLElement.prototype` (`remove` that throws without a parent, `scrollTo`, `select`, `show`, `hide`,
//   `update`, `fire`, `observe`, …).
(function () {
  'use strict';
  window.__installPrototype16 = function () {
    var $break = {};
    var K = function (x) {
      return x;
    };

    Object.extend = function (destination, source) {
      for (var property in source) destination[property] = source[property];
      return destination;
    };

    function $A(iterable) {
      if (!iterable) return [];
      if (iterable.toArray) return iterable.toArray();
      var length = iterable.length || 0;
      var results = new Array(length);
      while (length--) results[length] = iterable[length];
      return results;
    }
    window.$A = $A;
    window.$w = function (string) {
      string = String(string).replace(/^\s+|\s+$/g, '');
      return string ? string.split(/\s+/) : [];
    };
    window.$break = $break;

    Object.extend(Object, {
      inspect: function (object) {
        if (object === undefined) return 'undefined';
        if (object === null) return 'null';
        return object.inspect ? object.inspect() : String(object);
      },
      toJSON: function (object) {
        var type = typeof object;
        if (type === 'undefined' || type === 'function' || type === 'unknown') return undefined;
        if (type === 'boolean') return object.toString();
        if (object === null) return 'null';
        if (object.toJSON) return object.toJSON();
        if (object.nodeType === 1) return undefined;
        var results = [];
        for (var property in object) {
          var value = Object.toJSON(object[property]);
          if (value !== undefined) results.push(property.toJSON() + ': ' + value);
        }
        return '{' + results.join(', ') + '}';
      },
      keys: function (object) {
        var keys = [];
        for (var property in object) keys.push(property);
        return keys;
      },
      values: function (object) {
        var values = [];
        for (var property in object) values.push(object[property]);
        return values;
      },
      clone: function (object) {
        return Object.extend({}, object);
      },
      isElement: function (object) {
        return !!(object && object.nodeType === 1);
      },
      isArray: function (object) {
        return object != null && typeof object === 'object' && 'splice' in object && 'join' in object;
      },
      isFunction: function (object) {
        return typeof object === 'function';
      },
      isString: function (object) {
        return typeof object === 'string';
      },
      isNumber: function (object) {
        return typeof object === 'number';
      },
      isUndefined: function (object) {
        return typeof object === 'undefined';
      },
    });

    Object.extend(Function.prototype, {
      argumentNames: function () {
        var names = this.toString().match(/^[\s(]*function[^(]*\(([^)]*)\)/);
        return names ? names[1].replace(/\s+/g, '').split(',').filter(Boolean) : [];
      },
      bind: function () {
        if (arguments.length < 2 && arguments[0] === undefined) return this;
        var method = this;
        var args = $A(arguments);
        var object = args.shift();
        return function () {
          return method.apply(object, args.concat($A(arguments)));
        };
      },
      curry: function () {
        if (!arguments.length) return this;
        var method = this;
        var args = $A(arguments);
        return function () {
          return method.apply(this, args.concat($A(arguments)));
        };
      },
      delay: function () {
        var method = this;
        var args = $A(arguments);
        var timeout = args.shift() * 1000;
        return window.setTimeout(function () {
          return method.apply(method, args);
        }, timeout);
      },
      defer: function () {
        var args = [0.01].concat($A(arguments));
        return this.delay.apply(this, args);
      },
      wrap: function (wrapper) {
        var method = this;
        return function () {
          return wrapper.apply(this, [method.bind(this)].concat($A(arguments)));
        };
      },
      methodize: function () {
        var method = this;
        return function () {
          return method.apply(null, [this].concat($A(arguments)));
        };
      },
    });

    Object.extend(Number.prototype, {
      succ: function () {
        return this + 1;
      },
      times: function (iterator) {
        for (var i = 0; i < this; i++) iterator(i);
        return this;
      },
      toPaddedString: function (length, radix) {
        var string = this.toString(radix || 10);
        return '0'.times(length - string.length) + string;
      },
      toJSON: function () {
        return isFinite(this) ? this.toString() : 'null';
      },
    });

    Date.prototype.toJSON = function () {
      return (
        '"' +
        this.getUTCFullYear() +
        '-' +
        (this.getUTCMonth() + 1).toPaddedString(2) +
        '-' +
        this.getUTCDate().toPaddedString(2) +
        'T' +
        this.getUTCHours().toPaddedString(2) +
        ':' +
        this.getUTCMinutes().toPaddedString(2) +
        ':' +
        this.getUTCSeconds().toPaddedString(2) +
        'Z"'
      );
    };

    Object.extend(String.prototype, {
      strip: function () {
        return this.replace(/^\s+/, '').replace(/\s+$/, '');
      },
      include: function (pattern) {
        return this.indexOf(pattern) > -1;
      },
      startsWith: function (pattern) {
        return this.indexOf(pattern) === 0;
      },
      endsWith: function (pattern) {
        var d = this.length - pattern.length;
        return d >= 0 && this.lastIndexOf(pattern) === d;
      },
      empty: function () {
        return this == '';
      },
      blank: function () {
        return /^\s*$/.test(this);
      },
      times: function (count) {
        return count < 1 ? '' : new Array(count + 1).join(this);
      },
      toArray: function () {
        return this.split('');
      },
      escapeHTML: function () {
        return this.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      },
      inspect: function (useDoubleQuotes) {
        var escaped = this.replace(/[\x00-\x1f\\]/g, function (c) {
          var special = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '\\': '\\\\' }[c];
          return special || '\\u00' + c.charCodeAt(0).toPaddedString(2, 16);
        });
        if (useDoubleQuotes) return '"' + escaped.replace(/"/g, '\\"') + '"';
        return "'" + escaped.replace(/'/g, "\\'") + "'";
      },
      toJSON: function () {
        return this.inspect(true);
      },
    });

    var Enumerable = {
      each: function (iterator, context) {
        var index = 0;
        try {
          this._each(function (value) {
            iterator.call(context, value, index++);
          });
        } catch (e) {
          if (e != $break) throw e;
        }
        return this;
      },
      all: function (iterator, context) {
        iterator = iterator || K;
        var result = true;
        this.each(function (value, index) {
          result = result && !!iterator.call(context, value, index);
          if (!result) throw $break;
        });
        return result;
      },
      any: function (iterator, context) {
        iterator = iterator || K;
        var result = false;
        this.each(function (value, index) {
          if ((result = !!iterator.call(context, value, index))) throw $break;
        });
        return result;
      },
      collect: function (iterator, context) {
        iterator = iterator || K;
        var results = [];
        this.each(function (value, index) {
          results.push(iterator.call(context, value, index));
        });
        return results;
      },
      detect: function (iterator, context) {
        var result;
        this.each(function (value, index) {
          if (iterator.call(context, value, index)) {
            result = value;
            throw $break;
          }
        });
        return result;
      },
      findAll: function (iterator, context) {
        var results = [];
        this.each(function (value, index) {
          if (iterator.call(context, value, index)) results.push(value);
        });
        return results;
      },
      include: function (object) {
        if (typeof this.indexOf === 'function' && this.indexOf(object) != -1) return true;
        var found = false;
        this.each(function (value) {
          if (value == object) {
            found = true;
            throw $break;
          }
        });
        return found;
      },
      inject: function (memo, iterator, context) {
        this.each(function (value, index) {
          memo = iterator.call(context, memo, value, index);
        });
        return memo;
      },
      invoke: function (method) {
        var args = $A(arguments).slice(1);
        return this.map(function (value) {
          return value[method].apply(value, args);
        });
      },
      max: function (iterator, context) {
        iterator = iterator || K;
        var result;
        this.each(function (value, index) {
          value = iterator.call(context, value, index);
          if (result == null || value >= result) result = value;
        });
        return result;
      },
      min: function (iterator, context) {
        iterator = iterator || K;
        var result;
        this.each(function (value, index) {
          value = iterator.call(context, value, index);
          if (result == null || value < result) result = value;
        });
        return result;
      },
      partition: function (iterator, context) {
        iterator = iterator || K;
        var trues = [];
        var falses = [];
        this.each(function (value, index) {
          (iterator.call(context, value, index) ? trues : falses).push(value);
        });
        return [trues, falses];
      },
      pluck: function (property) {
        var results = [];
        this.each(function (value) {
          results.push(value[property]);
        });
        return results;
      },
      reject: function (iterator, context) {
        var results = [];
        this.each(function (value, index) {
          if (!iterator.call(context, value, index)) results.push(value);
        });
        return results;
      },
      sortBy: function (iterator, context) {
        return this.map(function (value, index) {
          return { value: value, criteria: iterator.call(context, value, index) };
        })
          .sort(function (left, right) {
            var a = left.criteria;
            var b = right.criteria;
            return a < b ? -1 : a > b ? 1 : 0;
          })
          .pluck('value');
      },
      toArray: function () {
        return this.map();
      },
      zip: function () {
        var iterator = K;
        var args = $A(arguments);
        if (typeof args[args.length - 1] === 'function') iterator = args.pop();
        var collections = [this].concat(args).map($A);
        return this.map(function (value, index) {
          return iterator(collections.pluck(index));
        });
      },
      size: function () {
        return this.toArray().length;
      },
      inspect: function () {
        return '#<Enumerable:' + this.toArray().inspect() + '>';
      },
    };
    Object.extend(Enumerable, {
      map: Enumerable.collect,
      find: Enumerable.detect,
      select: Enumerable.findAll,
      filter: Enumerable.findAll,
      member: Enumerable.include,
      entries: Enumerable.toArray,
      every: Enumerable.all,
      some: Enumerable.any,
    });
    window.Enumerable = Enumerable;

    Array.from = $A;
    Object.extend(Array.prototype, Enumerable);
    if (!Array.prototype._reverse) Array.prototype._reverse = Array.prototype.reverse;
    Object.extend(Array.prototype, {
      _each: function (iterator) {
        for (var i = 0, length = this.length; i < length; i++) iterator(this[i]);
      },
      clear: function () {
        this.length = 0;
        return this;
      },
      first: function () {
        return this[0];
      },
      last: function () {
        return this[this.length - 1];
      },
      compact: function () {
        return this.select(function (value) {
          return value != null;
        });
      },
      flatten: function () {
        return this.inject([], function (array, value) {
          return array.concat(Object.isArray(value) ? value.flatten() : [value]);
        });
      },
      without: function () {
        var values = $A(arguments);
        return this.select(function (value) {
          return !values.include(value);
        });
      },
      reverse: function (inline) {
        return (inline !== false ? this : this.toArray())._reverse();
      },
      reduce: function () {
        return this.length > 1 ? this : this[0];
      },
      uniq: function (sorted) {
        return this.inject([], function (array, value, index) {
          if (0 == index || (sorted ? array.last() != value : !array.include(value))) array.push(value);
          return array;
        });
      },
      intersect: function (array) {
        return this.uniq().findAll(function (item) {
          return array.detect(function (value) {
            return item === value;
          });
        });
      },
      clone: function () {
        return [].concat(this);
      },
      size: function () {
        return this.length;
      },
      inspect: function () {
        return '[' + this.map(Object.inspect).join(', ') + ']';
      },
      toJSON: function () {
        var results = [];
        this.each(function (object) {
          var value = Object.toJSON(object);
          if (value !== undefined) results.push(value);
        });
        return '[' + results.join(', ') + ']';
      },
    });
    // 1.6 uses the native forEach for _each when there is one.
    if (typeof Array.prototype.forEach === 'function') Array.prototype._each = Array.prototype.forEach;
    Array.prototype.toArray = Array.prototype.clone;

    // Prototype's own Element constructor replaces the native one (the prototype is kept).
    var NativeElement = window.Element;
    window.Element = function (tagName, attributes) {
      var element = document.createElement(tagName);
      for (var name in attributes || {}) element.setAttribute(name, attributes[name]);
      return element;
    };
    Object.extend(window.Element, NativeElement || {});
    window.Element.prototype = NativeElement.prototype;

    var cache = {};
    var methods = {
      visible: function (element) {
        return element.style.display != 'none';
      },
      toggle: function (element) {
        element.style.display = element.style.display == 'none' ? '' : 'none';
        return element;
      },
      hide: function (element) {
        element.style.display = 'none';
        return element;
      },
      show: function (element) {
        element.style.display = '';
        return element;
      },
      remove: function (element) {
        element.parentNode.removeChild(element);
        return element;
      },
      update: function (element, content) {
        element.innerHTML = content == null ? '' : String(content);
        return element;
      },
      identify: function (element) {
        if (!element.id) element.id = 'anonymous_element_' + Math.floor(Math.random() * 1e9);
        return element.id;
      },
      readAttribute: function (element, name) {
        return element.getAttribute(name);
      },
      writeAttribute: function (element, name, value) {
        element.setAttribute(name, value === true ? name : value);
        return element;
      },
      hasClassName: function (element, className) {
        return (' ' + element.className + ' ').indexOf(' ' + className + ' ') > -1;
      },
      addClassName: function (element, className) {
        if (!methods.hasClassName(element, className)) element.className += (element.className ? ' ' : '') + className;
        return element;
      },
      removeClassName: function (element, className) {
        element.className = (' ' + element.className + ' ').replace(' ' + className + ' ', ' ').strip();
        return element;
      },
      empty: function (element) {
        return element.innerHTML.blank();
      },
      select: function (element, selector) {
        return $A(element.querySelectorAll(selector));
      },
      up: function (element) {
        return element.parentNode;
      },
      down: function (element) {
        return element.firstElementChild;
      },
      next: function (element) {
        return element.nextElementSibling;
      },
      previous: function (element) {
        return element.previousElementSibling;
      },
      scrollTo: function (element) {
        var rect = element.getBoundingClientRect();
        window.scrollTo(rect.left + window.pageXOffset, rect.top + window.pageYOffset);
        return element;
      },
      getStyle: function (element, style) {
        return element.style[style] || null;
      },
      setStyle: function (element, styles) {
        for (var property in styles) element.style[property] = styles[property];
        return element;
      },
      fire: function (element, eventName, memo) {
        var event = document.createEvent('HTMLEvents');
        event.initEvent('dataavailable', true, true);
        event.eventName = eventName;
        event.memo = memo || {};
        element.dispatchEvent(event);
        return event;
      },
      observe: function (element, eventName, handler) {
        (cache[eventName] = cache[eventName] || []).push(handler);
        element.addEventListener(eventName, handler, false);
        return element;
      },
      stopObserving: function (element, eventName, handler) {
        element.removeEventListener(eventName, handler, false);
        return element;
      },
    };
    for (var name in methods) {
      HTMLElement.prototype[name] = methods[name].methodize();
    }
    window.$ = function (element) {
      return typeof element === 'string' ? document.getElementById(element) : element;
    };
    window.$$ = function (selector) {
      return $A(document.querySelectorAll(selector));
    };
    window.Prototype = { Version: '1.6.0.3', K: K, emptyFunction: function () {} };
  };
})();
