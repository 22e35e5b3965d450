// Destructuring in function parameters, with defaults at both levels.
function draw({ x = 0, y = 0, color = 'black' } = {}) { return x + ',' + y + ',' + color; }
console.log(draw(), draw({ x: 5 }), draw({ color: 'red', y: 2 }));
function pair([a, b] = [1, 2]) { return a * b; }
console.log(pair(), pair([3, 4]));
var arrow = ({ name }, [first]) => name + first;
console.log(arrow({ name: 'n' }, ['f']));
function opts(req, { verbose = false, level = 1 } = {}, ...extra) { return [req, verbose, level, extra.length].join(); }
console.log(opts('r'), opts('r', { level: 3 }, 'x', 'y'));
try { draw(null); } catch (e) { console.log(e.name); }
console.log(draw.length, pair.length, opts.length);
