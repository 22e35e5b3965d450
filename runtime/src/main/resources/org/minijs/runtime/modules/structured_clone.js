'use strict';
// structuredClone(value): the HTML structured clone algorithm over the values of the subset. Objects keep
// their identity graph (cycles, shared references); class instances become plain objects of their own
// enumerable properties; Date, RegExp, Map, Set, errors and boxed primitives keep their kind; functions,
// symbols, promises and weak collections cannot be cloned (a DOMException named DataCloneError).
const ERROR_TYPES = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function dataCloneError(value) {
  const shown = typeof value === 'function' ? String(value)
    : typeof value === 'symbol' ? value.toString()
    : `#<${(value.constructor && value.constructor.name) || 'Object'}>`;
  const { DOMException } = require('internal/abort_controller');
  return new DOMException(`${shown} could not be cloned.`, 'DataCloneError');
}

function structuredClone(value) {
  const memory = new Map();
  const clone = (v) => {
    if (typeof v === 'symbol' || typeof v === 'function') throw dataCloneError(v);
    if (v === null || typeof v !== 'object') return v;
    if (memory.has(v)) return memory.get(v);
    const tag = Object.prototype.toString.call(v);
    let copy;
    if (tag === '[object Promise]' || tag === '[object WeakMap]' || tag === '[object WeakSet]') {
      throw dataCloneError(v);
    } else if (v instanceof Date) {
      copy = new Date(v.getTime());
    } else if (v instanceof RegExp) {
      copy = new RegExp(v.source, v.flags);
    } else if (v instanceof Number || v instanceof String || v instanceof Boolean) {
      copy = Object(v.valueOf());
    } else if (v instanceof Map) {
      copy = new Map();
      memory.set(v, copy);
      for (const [key, item] of v) copy.set(clone(key), clone(item));
      return copy;
    } else if (v instanceof Set) {
      copy = new Set();
      memory.set(v, copy);
      for (const item of v) copy.add(clone(item));
      return copy;
    } else if (v instanceof Error) {
      const Type = Object.prototype.hasOwnProperty.call(ERROR_TYPES, v.name) ? ERROR_TYPES[v.name] : Error;
      copy = new Type(v.message);
      memory.set(v, copy);
      Object.defineProperty(copy, 'stack', { value: v.stack, writable: true, configurable: true });
      if ('cause' in v) {
        Object.defineProperty(copy, 'cause', { value: clone(v.cause), writable: true, configurable: true });
      }
      return copy;
    } else if (Array.isArray(v)) {
      copy = new Array(v.length);
    } else {
      copy = {};
    }
    memory.set(v, copy);
    for (const key of Object.keys(v)) {
      copy[key] = clone(v[key]);
    }
    return copy;
  };
  if (arguments.length === 0) {
    // node's structuredClone (C++) sets the code without NodeError's header
    const err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  return clone(value);
}

module.exports = structuredClone;
