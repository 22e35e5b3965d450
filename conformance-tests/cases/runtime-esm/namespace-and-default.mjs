// import * as ns gives a frozen, sorted, null-prototype namespace; default exports of several forms.
import * as ns from './lib/counter.mjs';
import Counter from './lib/counter.mjs';
console.log(Object.keys(ns).join(), typeof ns.increment, ns.default === Counter);
console.log(Object.getPrototypeOf(ns), ns[Symbol.toStringTag], Object.isExtensible(ns));
ns.increment();
console.log(ns.count, Counter.create() instanceof Counter);
