// Template literals: expressions, nesting, multi-line and escapes.
var a = 3, b = 4;
console.log(`${a} + ${b} = ${a + b}`);
console.log(`outer ${`inner ${a * b} ${`deep ${b}`}`} end`);
console.log(`line1
line2`.split('\n').length);
console.log(`\`backtick\` and \${not interpolated} and $ alone`);
console.log(`${[1, 2]} ${{}} ${null} ${undefined} ${true}`);
var items = ['x', 'y'];
console.log(`list: ${items.map((v, i) => `${i}=${v}`).join(', ')}`);
console.log(`${'a'}${'b'}`, `${a > b ? 'big' : 'small'}`);
var obj = { toString() { return 'custom'; }, valueOf() { return 1; } };
console.log(`${obj}`, '' + obj);
