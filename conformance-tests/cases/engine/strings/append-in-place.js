// Strings built with s += x and s = s + x in statements: appended in place while s is a string and x a
// primitive; every other case is the ordinary addition.
function build(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += i % 10;
  return s;
}
console.log(build(25), build(3000).length);

function kinds() {
  let s = 'a';
  s += 1; s += 1.5; s += -0; s += true; s += null; s += undefined; s += 1e21; s += NaN;
  s = s + '|';
  s = s + 2;
  console.log(s);
  let n = 1;
  n += 2; // numbers stay numbers
  n = n + 'x'; // becomes a string, then appends
  n += 'y';
  console.log(n, typeof n);
}
kinds();

function objectsAndSymbols() {
  const log = [];
  let s = 'start';
  const o = { toString() { log.push('toString'); return 'O'; }, valueOf() { log.push('valueOf'); return 42; } };
  s += o; // ToPrimitive with hint default: valueOf
  s += [1, 2];
  s += { a: 1 };
  s = s + o;
  console.log(s, log);
  try {
    s += Symbol('x');
  } catch (e) {
    console.log(e.constructor.name, e.message, s);
  }
}
objectsAndSymbols();

function aliasing() {
  let s = 'x';
  s += 'y';
  s += (s += 'z'); // the left value is s before the right side ran
  console.log(s);
  let t = 'q';
  t += 'r';
  t += (t = 'w'); // same
  console.log(t);
  let u = 'a';
  u += 'b';
  const copy = u; // a snapshot, not a view
  u += 'c';
  console.log(copy, u, u.length, u === 'abc', [u, copy].join());
}
aliasing();

function tdzAndConst() {
  try {
    s += 'x';
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
  let s = '';
  const c = 'c';
  try {
    c += 'd';
  } catch (e) {
    console.log(e.constructor.name, e.message, c);
  }
}
tdzAndConst();

function* generatorBuild() {
  let s = '';
  for (let i = 0; i < 3; i++) {
    s += i;
    yield s;
  }
  s += yield 'mid';
  return s;
}
const g = generatorBuild();
console.log([...g]);
const g2 = generatorBuild();
g2.next(); g2.next(); g2.next(); g2.next();
console.log(g2.next('!'));

async function asyncBuild() {
  let s = '<';
  for (const part of ['a', 'b']) {
    s += await part;
    s += part;
  }
  s = s + '>';
  return s;
}
asyncBuild().then((v) => console.log('async', v));

var global = 'v';
global += 'w';
console.log(global);
let captured = 'c';
const read = () => captured;
captured += 'd';
console.log(read());
