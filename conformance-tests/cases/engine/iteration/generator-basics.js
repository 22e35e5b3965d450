// Generator objects yield lazily and report done.
function* count() { console.log('started'); yield 1; yield 2; return 'end'; }
var it = count();
console.log('created');
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));
console.log([...count()].join());
console.log(typeof it.next, it[Symbol.iterator]() === it, Object.prototype.toString.call(it));
var g = function* () {};
console.log(Object.getPrototypeOf(g).constructor.name);
