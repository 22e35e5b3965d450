// Arrow functions: expression bodies, block bodies, closures, returning objects.
const double = x => x * 2;
const add = (a, b) => a + b;
const nothing = () => {};
const block = (n) => {
  const m = n + 1;
  return m * m;
};
const makeObj = (v) => ({ value: v });
console.log(double(21));
console.log(add(2, 3), add('a', 'b'));
console.log(nothing());
console.log(block(3));
console.log(makeObj(7).value);
const curry = a => b => c => a + b + c;
console.log(curry(1)(2)(3));
const apply = (f, v) => f(v);
console.log(apply(x => x - 1, 10));
console.log(((x) => x * x)(9));
let total = 0;
const bump = () => { total = total + 1; };
bump();
bump();
console.log(total);
