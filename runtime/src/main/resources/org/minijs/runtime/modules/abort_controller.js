'use strict';
// The web globals node 20 provides for cancellation (lib/internal/per_context/domexception.js,
// lib/internal/event_target.js, lib/internal/abort_controller.js): DOMException, Event, EventTarget,
// AbortController and AbortSignal, plus node's AbortError (lib/internal/errors.js). Loaded on the first use
// of one of the globals, as node does.
const { codedError, describe } = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

function invalidArgType(name, type, value) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be ${type}. Received ${describe(value)}`);
}

// ---- DOMException ---------------------------------------------------------------------------------------

const domExceptionCodes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};
const domExceptionInternals = new WeakMap();

class DOMException {
  constructor(message = '', options = 'Error') {
    if (options !== null && typeof options === 'object') {
      domExceptionInternals.set(this, { message: `${message}`, name: `${options.name}` });
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, configurable: true, writable: true });
      }
    } else {
      domExceptionInternals.set(this, { message: `${message}`, name: `${options}` });
    }
    Error.captureStackTrace(this); // after the internals: minijs formats the stack's header right away
  }

  get name() { return internalsOf(this).name; }

  get message() { return internalsOf(this).message; }

  get code() { return domExceptionCodes[internalsOf(this).name] || 0; }
}

function internalsOf(exception) {
  const internals = domExceptionInternals.get(exception);
  if (internals === undefined) throw new TypeError('Value of "this" must be of type DOMException');
  return internals;
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { enumerable: true });
}

// ---- Event ----------------------------------------------------------------------------------------------

const kTrusted = Symbol('trusted');

class Event {
  #type;
  #cancelable;
  #bubbles;
  #composed;
  #defaultPrevented = false;
  #timeStamp = performance.now();
  #propagationStopped = false;
  #trusted;

  constructor(type, options = undefined) {
    if (arguments.length === 0) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "type" argument must be specified');
    }
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw invalidArgType('options', 'of type object', options);
    }
    this.#type = `${type}`;
    this.#cancelable = !!(options && options.cancelable);
    this.#bubbles = !!(options && options.bubbles);
    this.#composed = !!(options && options.composed);
    this.#trusted = !!(options && options[kTrusted]); // events the runtime itself dispatches (abort)
  }

  get type() { return this.#type; }

  get isTrusted() { return this.#trusted; }

  get cancelable() { return this.#cancelable; }

  get bubbles() { return this.#bubbles; }

  get composed() { return this.#composed; }

  get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }

  get timeStamp() { return this.#timeStamp; }

  get returnValue() { return !this.defaultPrevented; }

  get cancelBubble() { return this.#propagationStopped; }

  get eventPhase() { return dispatching.has(this) ? 2 : 0; }

  get currentTarget() { return dispatching.get(this) || null; }

  get target() { return targets.get(this) || null; }

  get srcElement() { return targets.get(this) || null; }

  preventDefault() { this.#defaultPrevented = true; }

  stopPropagation() { this.#propagationStopped = true; }

  stopImmediatePropagation() {
    this.#propagationStopped = true;
    immediateStopped.add(this);
  }

  composedPath() { return dispatching.has(this) ? [dispatching.get(this)] : []; }

  initEvent(type, bubbles = false, cancelable = false) { // legacy: only before a dispatch
    if (dispatching.has(this)) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [kInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, { depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth });
    return `${name} ${inspect({
      type: this.#type, defaultPrevented: this.#defaultPrevented, cancelable: this.#cancelable, timeStamp: this.#timeStamp,
    }, opts)}`;
  }
}

const targets = new WeakMap(); // event -> the target it was dispatched to
const dispatching = new WeakMap(); // event -> the target whose listeners run now
const immediateStopped = new WeakSet();

// ---- EventTarget ----------------------------------------------------------------------------------------

const kListeners = Symbol('kEvents');

class EventTarget {
  constructor() {
    Object.defineProperty(this, kListeners, { value: new Map() });
  }

  addEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "type" and "listener" arguments must be specified');
    }
    if (listener === null || listener === undefined) return;
    if (typeof listener !== 'function' && typeof listener !== 'object') {
      throw invalidArgType('listener', 'an instance of EventListener', listener);
    }
    const { once, capture, signal } = flatten(options);
    if (signal !== undefined && signal.aborted) return;
    type = `${type}`;
    const list = listenersOf(this, type);
    if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    const entry = { listener, capture, once, removed: false };
    list.push(entry);
    if (signal !== undefined) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }), { once: true });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (listener !== null && listener !== undefined && typeof listener !== 'function' && typeof listener !== 'object') {
      throw invalidArgType('listener', 'an instance of EventListener', listener);
    }
    const { capture } = flatten(options);
    const list = this[kListeners] && this[kListeners].get(`${type}`);
    if (list === undefined) return;
    const index = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (index >= 0) {
      list[index].removed = true;
      list.splice(index, 1);
    }
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) throw invalidArgType('event', 'an instance of Event', event);
    if (dispatching.has(event)) {
      throw codedError(Error, 'ERR_EVENT_RECURSION', `The event "${event.type}" is already being dispatched`);
    }
    targets.set(event, this);
    dispatching.set(event, this);
    try {
      const list = this[kListeners] && this[kListeners].get(event.type);
      for (const entry of list === undefined ? [] : [...list]) {
        if (immediateStopped.has(event)) break; // also when stopped before the dispatch
        if (entry.removed) continue;
        if (entry.once) this.removeEventListener(event.type, entry.listener, { capture: entry.capture });
        try {
          let result;
          if (typeof entry.listener === 'function') {
            result = entry.listener.call(this, event);
          } else if (typeof entry.listener.handleEvent === 'function') {
            result = entry.listener.handleEvent(event);
          }
          if (result !== undefined && result !== null && typeof result.then === 'function') {
            result.then(undefined, (err) => process.nextTick(() => { throw err; }));
          }
        } catch (err) {
          process.nextTick(() => { throw err; }); // reported as uncaught, the dispatch goes on
        }
      }
    } finally {
      dispatching.delete(event);
    }
    return !event.defaultPrevented;
  }

  [kInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, { depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth });
    return `${name} ${inspect({}, opts)}`;
  }
}

function flatten(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, signal: undefined };
  if (options === null || options === undefined) return { capture: false, once: false, signal: undefined };
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
  }
  return { capture: !!options.capture, once: !!options.once, signal };
}

function listenersOf(target, type) {
  let map = target[kListeners];
  if (map === undefined) {
    map = new Map();
    Object.defineProperty(target, kListeners, { value: map });
  }
  let list = map.get(type);
  if (list === undefined) {
    list = [];
    map.set(type, list);
  }
  return list;
}

// ---- AbortSignal and AbortController --------------------------------------------------------------------

let creatingSignal = false;
let abortSignal;

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #onabort = null;
  #onabortRegistered = false;
  #dependents = []; // signals made by AbortSignal.any(): aborted after this one's own event

  constructor() {
    if (!creatingSignal) throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    super();
    creatingSignal = false;
  }

  get aborted() { return this.#aborted; }

  get reason() { return this.#reason; }

  get onabort() { return this.#onabort; }

  set onabort(handler) {
    if (!this.#onabortRegistered && typeof handler === 'function') {
      // an event handler keeps the place of its first registration among the listeners
      this.#onabortRegistered = true;
      this.addEventListener('abort', (event) => { if (typeof this.#onabort === 'function') this.#onabort.call(this, event); });
    }
    this.#onabort = handler;
  }

  throwIfAborted() {
    if (this.#aborted) throw this.#reason;
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = newSignal();
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  static timeout(delay) {
    if (typeof delay !== 'number') throw invalidArgType('delay', 'of type number', delay);
    if (!Number.isInteger(delay) || delay < 0 || delay > 4294967295) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received ${delay}`);
    }
    const signal = newSignal();
    // unref'd, as node's: a pending timeout signal does not keep the process alive
    setTimeout(() => abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
      delay).unref();
    return signal;
  }

  static any(signals) {
    if (signals === null || typeof signals !== 'object' || typeof signals[Symbol.iterator] !== 'function') {
      throw invalidArgType('signals', 'an instance of Array', signals);
    }
    const result = newSignal();
    let index = 0;
    for (const signal of signals) {
      if (!(signal instanceof AbortSignal)) {
        throw invalidArgType(`signals[${index}]`, 'an instance of AbortSignal', signal);
      }
      index++;
      if (signal.aborted) {
        result.#aborted = true;
        result.#reason = signal.reason;
        return result;
      }
    }
    for (const signal of signals) {
      signal.#dependents.push(result);
    }
    return result;
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { aborted: this.#aborted }, depth, options, inspect);
  }

  static {
    // abortSignal (below) is the one way to abort: the signal's state is private to this class
    abortSignal = (signal, reason) => {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason;
      signal.dispatchEvent(new Event('abort', { [kTrusted]: true }));
      for (const dependent of signal.#dependents) abortSignal(dependent, reason);
      signal.#dependents = [];
    };
  }
}

function newSignal() {
  creatingSignal = true;
  return new AbortSignal();
}

class AbortController {
  #signal = newSignal();

  get signal() { return this.#signal; }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { signal: this.#signal }, depth, options, inspect);
  }
}

function customInspect(self, obj, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = Object.assign({}, options, { depth: options.depth === null ? null : options.depth - 1 });
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

// node's AbortError (lib/internal/errors.js): what promise APIs reject with when their signal aborts
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

const legacyCodes = {
  INDEX_SIZE_ERR: 1, DOMSTRING_SIZE_ERR: 2, HIERARCHY_REQUEST_ERR: 3, WRONG_DOCUMENT_ERR: 4,
  INVALID_CHARACTER_ERR: 5, NO_DATA_ALLOWED_ERR: 6, NO_MODIFICATION_ALLOWED_ERR: 7, NOT_FOUND_ERR: 8,
  NOT_SUPPORTED_ERR: 9, INUSE_ATTRIBUTE_ERR: 10, INVALID_STATE_ERR: 11, SYNTAX_ERR: 12,
  INVALID_MODIFICATION_ERR: 13, NAMESPACE_ERR: 14, INVALID_ACCESS_ERR: 15, VALIDATION_ERR: 16,
  TYPE_MISMATCH_ERR: 17, SECURITY_ERR: 18, NETWORK_ERR: 19, ABORT_ERR: 20, URL_MISMATCH_ERR: 21,
  QUOTA_EXCEEDED_ERR: 22, TIMEOUT_ERR: 23, INVALID_NODE_TYPE_ERR: 24, DATA_CLONE_ERR: 25,
};
const phases = { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 };
for (const [target, constants] of [[DOMException, legacyCodes], [DOMException.prototype, legacyCodes],
  [Event, phases], [Event.prototype, phases]]) {
  for (const [name, value] of Object.entries(constants)) {
    Object.defineProperty(target, name, { value, enumerable: true });
  }
}

for (const ctor of [Event, EventTarget, AbortSignal, AbortController]) {
  Object.defineProperty(ctor.prototype, Symbol.toStringTag, { value: ctor.name, configurable: true });
}

module.exports = { DOMException, Event, EventTarget, AbortController, AbortSignal, AbortError };
