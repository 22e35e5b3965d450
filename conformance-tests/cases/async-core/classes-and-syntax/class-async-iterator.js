// A class implementing Symbol.asyncIterator with an async generator method drives for await.
class Range {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
  async *[Symbol.asyncIterator]() {
    for (let i = this.from; i <= this.to; i++) {
      await null;
      yield i;
    }
  }
}
async function main() {
  const seen = [];
  for await (const n of new Range(3, 6)) seen.push(n);
  console.log(seen.join(' '));
}
main();
