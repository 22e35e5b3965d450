// An async method in an object literal awaited by its caller costs the same as a function.
const api = {
  prefix: 'api',
  async get(x) { return this.prefix + ':' + x; }
};
async function main() {
  console.log('got', await api.get('one'));
  console.log('got', await api.get('two'));
}
main();
let c = Promise.resolve();
for (let i = 1; i <= 3; i++) {
  c = c.then(() => console.log('tick', i));
}
