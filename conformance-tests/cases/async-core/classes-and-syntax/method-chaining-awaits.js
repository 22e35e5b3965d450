// Async methods returning this allow await (await obj.a()).b() chains.
class Builder {
  constructor() { this.parts = []; }
  async add(p) {
    await null;
    this.parts.push(p);
    return this;
  }
}
async function main() {
  const b = new Builder();
  const same = await (await (await b.add('x')).add('y')).add('z');
  console.log(same === b, b.parts.join(''));
}
main();
