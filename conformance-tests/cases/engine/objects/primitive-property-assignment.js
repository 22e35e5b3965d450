// Assignments to a primitive's properties: setters on the wrapper's prototype run with the primitive as
// this; a string's indexes and length are read-only; anything else is lost, a TypeError in strict code.
Object.defineProperty(Number.prototype, 'p', { set(v) { console.log('setter', v, typeof this, this + 0); }, configurable: true });
(5).p = 1;
(function () { 'use strict'; (5).p = 2; })();
Object.defineProperty(String.prototype, 'ro', { value: 1, writable: false, configurable: true });
Object.defineProperty(Boolean.prototype, 'g', { get() { return 1; }, configurable: true });
const tries = [
  () => { 'use strict'; 'abc'[0] = 'z'; },
  () => { 'use strict'; 'abc'.length = 1; },
  () => { 'use strict'; 'abc'[5] = 'z'; },
  () => { 'use strict'; 'abc'.ro = 2; },
  () => { 'use strict'; true.g = 2; },
  () => { 'use strict'; (1).x = 2; },
  () => { 'abc'[0] = 'z'; 'abc'.ro = 2; true.g = 3; (1).x = 2; return 'sloppy: no error'; },
];
for (const t of tries) {
  try { console.log(t() ?? 'no error'); } catch (e) { console.log(e.name, e.message); }
}
