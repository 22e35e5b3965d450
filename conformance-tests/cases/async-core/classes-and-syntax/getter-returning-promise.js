// A plain getter can return a promise that callers await (async getters are not allowed).
class Config {
  constructor() { this.reads = 0; }
  get value() {
    this.reads = this.reads + 1;
    return Promise.resolve('config ' + this.reads);
  }
}
async function main() {
  const c = new Config();
  console.log(await c.value);
  console.log(await c.value, 'reads', c.reads);
}
main();
