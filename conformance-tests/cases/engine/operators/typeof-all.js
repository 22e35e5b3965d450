// typeof for every kind of value, including undeclared identifiers.
console.log(typeof undefined, typeof null, typeof true, typeof 1, typeof 'x');
console.log(typeof Symbol(), typeof {}, typeof [], typeof function () {}, typeof class {});
console.log(typeof undeclaredVariable, typeof Math, typeof JSON, typeof Object);
console.log(typeof (() => 1), typeof function* () {}, typeof new Number(1));
console.log(typeof typeof 1, typeof NaN, typeof Date, typeof new Date(0));
try { typeof tdz; let tdz = 1; } catch (e) { console.log(e.name); }
