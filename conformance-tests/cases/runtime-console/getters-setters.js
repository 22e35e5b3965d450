const o = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 3; },
  set c(v) {},
  d: undefined,
};
console.log(o);
