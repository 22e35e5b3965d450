'use strict';
// require('assert'): node's assertion functions (lib/assert.js) with its comparison rules
// (lib/internal/util/comparisons.js) and the messages of its AssertionError (lib/internal/assert/
// assertion_error.js) for the common cases. Differences are drawn line by line, as node 20 does,
// without its "lines skipped" abbreviation of long values.
const { codedError } = require('internal/errors');
const { inspect } = require('util');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
const kMaxShortLength = 12;

function inspectValue(value) {
  return inspect(value, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, breakLength: Infinity,
  });
}

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

// Two inspected values side by side: "+ " for the actual's lines, "- " for the expected's, "  " for both.
function createErrDiff(actual, expected, operator, header) {
  if (operator === 'strictEqual' && isObjectLike(actual) && isObjectLike(expected)) {
    operator = 'strictEqualObject';
  }
  const actualLines = inspectValue(actual).split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const inputLength = actualLines[0].length + expectedLines[0].length;
    if (inputLength <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${header || kReadableOperator[operator]}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject' && inputLength < 80) {
      let i = 0;
      while (actualLines[0][i] === expectedLines[0][i]) i++;
      if (i > 2) indicator = `\n  ${' '.repeat(i)}^`;
    }
  }
  if (actualLines.join('\n') === expectedLines.join('\n')) {
    const base = operator === 'strictEqualObject'
      ? 'Values have same structure but are not reference-equal:' : kReadableOperator.notIdentical;
    return `${header || base}\n\n${actualLines.join('\n')}\n`;
  }
  const out = [];
  const max = Math.max(actualLines.length, expectedLines.length);
  for (let i = 0; i < max; i++) {
    const a = actualLines[i];
    const e = expectedLines[i];
    const same = a !== undefined && e !== undefined &&
      (a === e || (a.endsWith(',') && a.slice(0, -1) === e) || (e.endsWith(',') && e.slice(0, -1) === a));
    if (same) {
      out.push(`  ${a}`);
    } else {
      if (a !== undefined) out.push(`+ ${a}`);
      if (e !== undefined) out.push(`- ${e}`);
    }
  }
  return `${header || kReadableOperator[operator]}\n+ actual - expected\n\n${out.join('\n')}${indicator}`;
}

class AssertionError extends Error {
  constructor(options) {
    const { message, actual, expected, operator, stackStartFn } = options;
    let text;
    if (message != null) {
      text = operator === 'deepStrictEqual' || operator === 'strictEqual'
        ? createErrDiff(actual, expected, operator, String(message)) : String(message);
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      text = createErrDiff(actual, expected, operator);
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      let base = kReadableOperator[operator];
      if (operator === 'notStrictEqual' && isObjectLike(actual)) base = kReadableOperator.notStrictEqualObject;
      const res = inspectValue(actual);
      text = res.includes('\n') ? `${base}\n\n${res}\n` : `${base}${res.length > 5 ? '\n\n' : ' '}${res}`;
    } else {
      let res = inspectValue(actual);
      let other = inspectValue(expected);
      const known = kReadableOperator[operator];
      if (operator === 'notDeepEqual' && res === other) {
        text = `${known}\n\n${res}`;
      } else {
        if (operator === 'deepEqual') {
          res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
        } else if (kReadableOperator[`${operator}Unequal`]) {
          res = `${kReadableOperator[`${operator}Unequal`]}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
        } else {
          other = ` ${operator} ${other}`;
        }
        text = `${res}${other}`;
      }
    }
    super(text);
    this.generatedMessage = message == null;
    // the stack's first line reads "AssertionError [ERR_ASSERTION]: ...", the name stays "AssertionError"
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    Error.captureStackTrace(this, stackStartFn || AssertionError);
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// ---- comparisons ---------------------------------------------------------------------------------------

const tagOf = (v) => Object.prototype.toString.call(v);

function ownKeys(value, strict) {
  const keys = Object.keys(value);
  if (strict) {
    for (const s of Object.getOwnPropertySymbols(value)) {
      if (Object.prototype.propertyIsEnumerable.call(value, s)) keys.push(s);
    }
  }
  return keys;
}

function isDeepEqual(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        return a == b || (Number.isNaN(a) && Number.isNaN(b)); // eslint-disable-line eqeqeq
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  if (tagOf(a) !== tagOf(b)) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
  } else if (a instanceof Date) {
    if (!(b instanceof Date) || a.getTime() !== b.getTime()) return false;
  } else if (a instanceof RegExp) {
    if (!(b instanceof RegExp) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (a instanceof Error) {
    if (!(b instanceof Error) || a.message !== b.message || a.name !== b.name) return false;
  } else if (a instanceof Number || a instanceof String || a instanceof Boolean) {
    if (!Object.is(a.valueOf(), b.valueOf())) return false;
  }
  const keysA = ownKeys(a, strict);
  const keysB = ownKeys(b, strict);
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!Object.prototype.propertyIsEnumerable.call(b, key)) return false;
  }
  // a cycle: while a is being compared with b, take them as equal (node's memos)
  if (memo.get(a) === b) return true;
  memo.set(a, b);
  try {
    if (a instanceof Set) {
      if (!(b instanceof Set) || !setEquiv(a, b, strict, memo)) return false;
    } else if (a instanceof Map) {
      if (!(b instanceof Map) || !mapEquiv(a, b, strict, memo)) return false;
    }
    for (const key of keysA) {
      if (!isDeepEqual(a[key], b[key], strict, memo)) return false;
    }
    return true;
  } finally {
    memo.delete(a);
  }
}

function findDeepEqual(candidates, value, strict, memo) {
  for (const c of candidates) {
    if (isDeepEqual(value, c, strict, memo)) {
      candidates.delete(c);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memo) {
  if (a.size !== b.size) return false;
  const pending = new Set();
  for (const v of a) {
    if (!b.has(v)) {
      if (typeof v !== 'object' || v === null) {
        if (strict) return false;
      }
      pending.add(v);
    }
  }
  if (pending.size === 0) return true;
  const candidates = new Set([...b].filter((v) => !a.has(v)));
  for (const v of pending) {
    if (!findDeepEqual(candidates, v, strict, memo)) return false;
  }
  return candidates.size === 0;
}

function mapEquiv(a, b, strict, memo) {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    if (b.has(key)) {
      if (!isDeepEqual(value, b.get(key), strict, memo)) return false;
    } else {
      let found = false;
      for (const [k2, v2] of b) {
        if (!a.has(k2) && isDeepEqual(key, k2, strict, memo) && isDeepEqual(value, v2, strict, memo)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
  }
  return true;
}

const isDeepStrictEqual = (a, b) => isDeepEqual(a, b, true, new Map());
const isDeepLooseEqual = (a, b) => isDeepEqual(a, b, false, new Map());

// ---- the assertions ------------------------------------------------------------------------------------

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = `${inspect(value)} == true`;
    } else if (message instanceof Error) {
      throw message;
    }
    const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = function assert(...args) {
  innerOk(assert, args.length, ...args);
};

assert.fail = function fail(message) {
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    message: message === undefined ? 'Failed' : message, operator: 'fail', stackStartFn: fail,
  });
  err.generatedMessage = message === undefined;
  throw err;
};

assert.AssertionError = AssertionError;
assert.ok = ok;

function comparison(name, test, operator) {
  const fn = {
    [name](actual, expected, message) {
      if (arguments.length < 2) {
        const err = codedError(TypeError, 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
        throw err;
      }
      if (!test(actual, expected)) {
        innerFail({ actual, expected, message, operator, stackStartFn: fn });
      }
    },
  }[name];
  return fn;
}

assert.equal = comparison('equal', (a, b) => a == b || (Number.isNaN(a) && Number.isNaN(b)), '=='); // eslint-disable-line eqeqeq
assert.notEqual = comparison('notEqual', (a, b) => a != b && !(Number.isNaN(a) && Number.isNaN(b)), '!='); // eslint-disable-line eqeqeq
assert.deepEqual = comparison('deepEqual', isDeepLooseEqual, 'deepEqual');
assert.notDeepEqual = comparison('notDeepEqual', (a, b) => !isDeepLooseEqual(a, b), 'notDeepEqual');
assert.deepStrictEqual = comparison('deepStrictEqual', isDeepStrictEqual, 'deepStrictEqual');
assert.notDeepStrictEqual = comparison('notDeepStrictEqual', (a, b) => !isDeepStrictEqual(a, b), 'notDeepStrictEqual');
assert.strictEqual = comparison('strictEqual', Object.is, 'strictEqual');
assert.notStrictEqual = comparison('notStrictEqual', (a, b) => !Object.is(a, b), 'notStrictEqual');

// ---- throws and rejects --------------------------------------------------------------------------------

class Comparison {
  constructor(source, keys, actual) {
    for (const key of keys) {
      if (key in source) {
        this[key] = actual !== undefined && typeof actual[key] === 'string' && source[key] instanceof RegExp &&
          source[key].test(actual[key]) ? actual[key] : source[key];
      }
    }
  }
}

function expectedException(actual, expected, message, fn) {
  if (expected instanceof RegExp) {
    const str = String(actual);
    if (expected.test(str)) return;
    throw new AssertionError({
      actual, expected, operator: fn.name, stackStartFn: fn,
      message: message || `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`,
    });
  }
  if (typeof expected !== 'function') {
    const keys = Reflect.ownKeys(expected);
    if (expected instanceof Error) keys.push('name', 'message');
    for (const key of keys) {
      const want = expected[key];
      const got = actual == null ? undefined : actual[key];
      if (typeof got === 'string' && want instanceof RegExp && want.test(got)) continue;
      if (!(actual != null && key in Object(actual)) || !isDeepStrictEqual(got, want)) {
        const a = new Comparison(actual, keys);
        const e = new Comparison(expected, keys, actual);
        const err = new AssertionError({ actual: a, expected: e, operator: 'deepStrictEqual', stackStartFn: fn, message });
        err.actual = actual;
        err.expected = expected;
        err.operator = fn.name;
        throw err;
      }
    }
    return;
  }
  if (expected.prototype !== undefined && actual instanceof expected) return;
  if (Error.isPrototypeOf(expected) || expected === Error) {
    if (actual instanceof Error) {
      const err = new AssertionError({
        actual, expected, operator: fn.name, stackStartFn: fn,
        message: message || `The error is expected to be an instance of "${expected.name}". Received ` +
          `"${actual.constructor && actual.constructor.name}"\n\nError message:\n\n${actual.message}`,
      });
      err.generatedMessage = !message;
      throw err;
    }
    throw actual;
  }
  const res = Reflect.apply(expected, {}, [actual]);
  if (res !== true) {
    const err = new AssertionError({
      actual, expected, operator: fn.name, stackStartFn: fn,
      message: message || `The ${expected.name ? `"${expected.name}" ` : ''}validation function is expected ` +
        `to return "true". Received ${inspect(res)}\n\nCaught error:\n\n${actual}`,
    });
    err.generatedMessage = !message;
    throw err;
  }
}

const NO_EXCEPTION = Symbol('no exception');

function checkFunction(fn, name) {
  if (typeof fn !== 'function') {
    const err = codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type function. Received ${inspect(fn)}`);
    throw err;
  }
}

function getActual(fn) {
  checkFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

async function waitForActual(promiseFn) {
  let promise = promiseFn;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
  }
  if (!promise || typeof promise.then !== 'function') {
    const err = codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "promiseFn" argument must be of type function or an instance of Promise.');
    throw err;
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    const err = new AssertionError({
      actual: undefined, expected: error, operator: stackStartFn.name, stackStartFn,
      message: `Missing expected ${kind}${details}`,
    });
    err.generatedMessage = false;
    throw err;
  }
  if (error !== undefined) expectedException(actual, error, message, stackStartFn);
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || (typeof error === 'function' && error.prototype !== undefined && actual instanceof error)) {
    const details = message ? `: ${message}` : '.';
    const kind = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    const err = new AssertionError({
      actual, expected: error, operator: stackStartFn.name, stackStartFn,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"`,
    });
    err.generatedMessage = false;
    throw err;
  }
  throw actual;
}

assert.throws = function throws(fn, ...args) {
  expectsError(throws, getActual(fn), ...args);
};
assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};
assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};
assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
    } else {
      message += inspect(err);
    }
    const e = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
    e.generatedMessage = false;
    throw e;
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!(regexp instanceof RegExp)) {
    const err = codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "regexp" argument must be an instance of RegExp. Received ${inspect(regexp)}`);
    throw err;
  }
  const match = fn === assert.match;
  if (typeof string !== 'string' || regexp.test(string) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string'
      ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
      : (match ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};
assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// assert.strict: the same functions, with the loose comparisons replaced by the strict ones
function strict(...args) {
  innerOk(strict, args.length, ...args);
}
Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict = strict;
assert.strict.strict = assert.strict;
assert.isDeepStrictEqual = isDeepStrictEqual; // for util.isDeepStrictEqual; not enumerable below
Object.defineProperty(assert, 'isDeepStrictEqual', { enumerable: false });

module.exports = assert;
