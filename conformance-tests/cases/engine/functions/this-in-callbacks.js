// this inside callbacks of array methods with and without thisArg.
'use strict';
var ctx = { factor: 3 };
console.log([1, 2].map(function (x) { return x * this.factor; }, ctx).join());
console.log([1].map(function () { return typeof this; }).join());
console.log([1].map(function () { return this; }, 'str').map(v => typeof v).join());
var o = { f: 10, run() { return [1, 2].map(x => x * this.f); } };
console.log(o.run().join());
