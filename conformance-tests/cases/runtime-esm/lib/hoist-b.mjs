import g, { f, c } from '../cycle-function-hoisting.mjs';
console.log('hoist-b evaluates first:', f(), '/', g());
try { console.log(c); } catch (e) { console.log(e.constructor.name, e.message); }
