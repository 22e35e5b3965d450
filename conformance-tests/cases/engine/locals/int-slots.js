// Locals that hold ints unboxed in frame slots: the value a slot holds may change kind from write to write,
// and every read, update and check must see the value JavaScript says it holds.
function counters() {
  let i = 2147483646;
  i++;
  console.log(i, typeof i);
  i++; // past int32: a double now
  console.log(i, i === 2147483648);
  let j = -2147483647;
  j--;
  j--;
  console.log(j);
  let k = 0;
  const before = k++;
  console.log(before, k, ++k, k--, k);
}
counters();

function changingKinds() {
  let x = 1;
  const seen = [];
  for (let n = 0; n < 6; n++) {
    x = n % 3 === 0 ? 'str' + n : n % 3 === 1 ? n * 2 : n / 4;
    seen.push(typeof x + ':' + x);
    x++;
    seen.push(x);
  }
  console.log(seen.join(' '));
  let z = 0 * -1; // -0 is a double, never an int
  console.log(Object.is(z, -0), 1 / z);
  z = 5 - 5;
  console.log(Object.is(z, 0), 1 / z);
}
changingKinds();

function temporalDeadZone() {
  try {
    count = 1;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
  let count = 0;
  for (let n = 0; n < 3; n++) count = count + n;
  console.log(count);
  const fixed = 1 + 1;
  try {
    fixed++;
  } catch (e) {
    console.log(e.constructor.name, e.message, fixed);
  }
  try {
    fixed = fixed + 1;
  } catch (e) {
    console.log(e.constructor.name, e.message, fixed);
  }
}
temporalDeadZone();

function argumentsStayBoxed(a, b) {
  let sum = a + b;
  a = a * 2;
  return [sum, a, b, typeof sum];
}
console.log(argumentsStayBoxed(3, 4), argumentsStayBoxed('x', 4), argumentsStayBoxed(1.5, 2));

// a loop hot enough to settle the nodes, then a value of another kind through the same nodes
function sumTo(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += i;
  return s;
}
console.log(sumTo(1000), sumTo(100000), sumTo(3.5), sumTo('3'));

async function acrossAwaits() {
  let total = 0;
  for (let i = 0; i < 3; i++) {
    total += await i;
    console.log('after await', i, total);
  }
  return total;
}
function* acrossYields() {
  let i = 40;
  while (true) {
    const got = yield i++;
    if (got) i += got;
  }
}
const g = acrossYields();
console.log(g.next().value, g.next().value, g.next(100).value, g.next().value);
acrossAwaits().then((t) => console.log('total', t));
