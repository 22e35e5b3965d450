// A module imported twice (once only for its side effects) is evaluated once, before the importer's body.
import './lib/side-effect.mjs';
import './lib/side-effect.mjs';
import * as again from './lib/side-effect.mjs';
console.log('count', globalThis.sideEffectCount, Object.keys(again).length);
