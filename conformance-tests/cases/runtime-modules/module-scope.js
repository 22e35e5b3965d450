var topLevelVar = 1;
let topLevelLet = 2;
console.log(typeof globalThis.topLevelVar, typeof globalThis.topLevelLet);
console.log(typeof require('./lib/counter').get);
console.log(typeof count);
