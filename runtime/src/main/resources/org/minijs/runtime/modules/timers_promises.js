'use strict';
// require('timers/promises') as node 20 writes it (lib/timers/promises.js): setTimeout and setImmediate as
// promises, setInterval as an async iterator, scheduler.wait/yield; each takes { signal, ref }. With a signal
// the promise is the timer's promise passed through node's safe finally, so the tick counts match.
const { codedError, describe } = require('internal/errors');

function abortError(signal) {
  const { AbortError } = require('internal/abort_controller');
  return new AbortError(undefined, { cause: signal && signal.reason });
}

/** validateObject, validateAbortSignal, validateBoolean of node's options; the error, or null. */
function checkOptions(options) {
  if (options === null || typeof options !== 'object') {
    return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "options" argument must be of type object. Received ${describe(options)}`);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "options.signal" property must be an instance of AbortSignal. Received ${describe(signal)}`);
  }
  if (typeof ref !== 'boolean') {
    return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "options.ref" property must be of type boolean. Received ${describe(ref)}`);
  }
  return null;
}

/**
 * node's SafePromisePrototypeFinally (lib/internal/per_context/primordials.js): finally on a private promise
 * wrapped in a new one, which is what makes an aborted timer's rejection land when node's does.
 */
function safeFinally(promise, onFinally) {
  return new Promise((resolve, reject) =>
    new Promise((a, b) => promise.then(a, b)).finally(onFinally).then(resolve, reject));
}

/** The shared shape of setTimeout and setImmediate: start(resolve) schedules, cancel(handle) clears. */
function timerPromise(start, cancel, value, options) {
  const invalid = checkOptions(options);
  if (invalid !== null) return Promise.reject(invalid);
  const { signal, ref = true } = options;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const handle = start(resolve, value);
    if (!ref) handle.unref();
    if (signal) {
      oncancel = () => {
        cancel(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', oncancel);
    }
  });
  return oncancel !== undefined ? safeFinally(ret, () => signal.removeEventListener('abort', oncancel)) : ret;
}

function setTimeoutPromise(after, value, options = {}) {
  if (after !== undefined && typeof after !== 'number') {
    return Promise.reject(codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "delay" argument must be of type number. Received ${describe(after)}`));
  }
  return timerPromise((resolve, v) => setTimeout(resolve, after, v), clearTimeout, value, options);
}

function setImmediatePromise(value, options = {}) {
  return timerPromise((resolve, v) => setImmediate(resolve, v), clearImmediate, value, options);
}

async function* setIntervalIterator(after, value, options = {}) {
  const invalid = checkOptions(options);
  if (invalid !== null) throw invalid;
  const { signal, ref = true } = options;
  if (signal && signal.aborted) throw abortError(signal);
  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = setInterval(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after);
    if (!ref) interval.unref();
    if (signal) {
      onCancel = () => {
        clearInterval(interval);
        if (callback) {
          callback(Promise.reject(abortError(signal)));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
    while (!(signal && signal.aborted)) {
      if (notYielded === 0) {
        await new Promise((resolve) => { callback = resolve; });
      }
      for (; notYielded > 0; notYielded--) {
        yield value;
      }
    }
    throw abortError(signal);
  } finally {
    clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onCancel);
  }
}

const scheduler = {
  wait(delay, options) { return setTimeoutPromise(delay, undefined, options); },
  yield() { return setImmediatePromise(); },
};

module.exports = {
  setTimeout: setTimeoutPromise,
  setImmediate: setImmediatePromise,
  setInterval: setIntervalIterator,
  scheduler,
};
for (const [name, fn] of [['setTimeout', setTimeoutPromise], ['setImmediate', setImmediatePromise],
  ['setInterval', setIntervalIterator]]) {
  Object.defineProperty(fn, 'name', { value: name });
}
