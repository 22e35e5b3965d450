function named() {}
const anon = (function () { return function () {}; })();
const arrow = () => {};
async function af() {}
const asyncArrow = async () => {};
console.log(named, anon, arrow);
console.log(af, asyncArrow);
console.log([named, af]);
console.log({ f: named, g: arrow });
named.extra = 1;
console.log(named);
console.log(Math.max, console.log);
