// Functions as values: compose, curry, partial application.
const compose = (...fns) => x => fns.reduceRight((v, f) => f(v), x);
const inc = x => x + 1, dbl = x => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7));
const curry = fn => function curried(...args) {
  return args.length >= fn.length ? fn.apply(this, args) : (...more) => curried.apply(this, args.concat(more));
};
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3));
const pipeline = [s => s.trim(), s => s.toUpperCase(), s => s + '!'];
console.log(pipeline.reduce((v, f) => f(v), '  hi  '));
