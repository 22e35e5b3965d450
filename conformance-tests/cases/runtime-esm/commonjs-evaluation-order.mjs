// A CommonJS file imported from ESM runs in its place in the evaluation order (after the modules imported
// before it), its named imports and namespace filled from module.exports when it has run.
import './lib/order-first.mjs';
import cj, { named, counter } from './lib/order-cjs.cjs.js';
import * as ns from './lib/order-cjs.cjs.js';
import './lib/order-last.mjs';
console.log('entry', cj.named, named, counter, Object.keys(ns), ns.default === cj);
