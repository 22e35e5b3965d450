// Async functions always return promises that resolve to the returned value.
async function one() {
  return 1;
}
async function none() {}
const p = one();
console.log(typeof p, typeof p.then);
p.then(v => console.log('one ->', v));
none().then(v => console.log('none ->', v));
const arrow = async () => 'arrow';
const expr = async function () {
  return 'expression';
};
arrow().then(v => console.log(v));
expr().then(v => console.log(v));
const obj = {
  base: 5,
  compute: async function (n) {
    return this.base + n;
  }
};
obj.compute(3).then(v => console.log('method ->', v));
console.log('sync end');
