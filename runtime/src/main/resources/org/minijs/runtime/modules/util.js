'use strict';
// require('util'): the Java-built core (inspect, format, formatWithOptions, promisify, types) plus the
// helpers node writes in JavaScript: inherits, callbackify, deprecate, isDeepStrictEqual.
const { codedError } = require('internal/errors');
const util = require('internal/util');

function invalidArgType(name, type, value) {
  const err = codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type ${type}. Received ${util.inspect(value)}`);
  return err;
}

util.inherits = function inherits(ctor, superCtor) {
  // as node: only a missing ctor or superCtor is refused here
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'function', ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'function', superCtor);
  if (superCtor.prototype === undefined) throw invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
};

// callbackify(async fn): the callback runs on a later nextTick, (err) or (null, value); a falsy rejection
// reason is wrapped in an Error, as node does.
util.callbackify = function callbackify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'function', original);
  function callbackified(...args) {
    const callback = args.pop();
    if (typeof callback !== 'function') throw invalidArgType('last argument', 'function', callback);
    const onRejected = (reason) => {
      if (!reason) {
        const err = codedError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with a falsy value');
        err.reason = reason;
        reason = err;
      }
      process.nextTick(callback, reason);
    };
    Reflect.apply(original, this, args).then((value) => process.nextTick(callback, null, value), onRejected);
  }
  Object.defineProperty(callbackified, 'name', { value: `${original.name}Callbackified` });
  return callbackified;
};

// deprecate(fn, msg, code): the first call emits a DeprecationWarning, every call runs fn.
util.deprecate = function deprecate(fn, msg, code) {
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) process.emitWarning(msg, 'DeprecationWarning', code);
      else process.emitWarning(msg, 'DeprecationWarning');
    }
    return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
};

util.isDeepStrictEqual = function isDeepStrictEqual(a, b) {
  return require('assert').isDeepStrictEqual(a, b); // required late: assert itself requires util
};

util.isArray = Array.isArray;

module.exports = util;
