// A module seed for TokenFuzzTest: imports, exports, top-level await.
import def, { named as alias, other } from './a.mjs';
import * as ns from './b.mjs';
import './side-effect.mjs';
export { alias as renamed, other };
export * from './c.mjs';
export * as all from './d.mjs';
export { x as y } from './e.mjs';

export const answer = await Promise.resolve(42);
export let counter = 0;
export function increment(by = 1) { return counter += by; }
export class Point {
  #x = 0;
  constructor(x) { this.#x = x; }
  get x() { return this.#x; }
}
export default async function main({ argv = [] } = {}) {
  for await (const line of ns.lines(argv)) {
    if (line) console.log(def(line), alias);
  }
  return new.target;
}
const local = `${answer}` + ns.value;
