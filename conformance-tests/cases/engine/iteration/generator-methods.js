// Generator methods in objects and classes, and generators with arguments.
var obj = { *items() { yield* [1, 2]; }, *[Symbol.iterator]() { yield 'self'; } };
console.log([...obj.items()].join(), [...obj].join());
class Tree {
  constructor(...vals) { this.vals = vals; }
  *[Symbol.iterator]() { for (const v of this.vals) yield v * 10; }
  static *range(n) { for (let i = 0; i < n; i++) yield i; }
}
console.log([...new Tree(1, 2, 3)].join(), [...Tree.range(4)].join());
function* withArgs() { yield arguments.length; yield this === undefined ? 'undef' : typeof this; }
console.log([...withArgs(1, 2)].join());
try { new withArgs(); } catch (e) { console.log(e.name); }
