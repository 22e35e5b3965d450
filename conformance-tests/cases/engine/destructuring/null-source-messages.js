// Destructuring null or undefined: V8 names the initializer as written, a parameter's null as 'object null'.
const t = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); } };
const o = { x: null };
t(() => { const { a } = o.x; });
t(() => { const { a } = o.y; });
t(() => { let v = null; const { a } = v; });
t(() => { const { a: { b } } = { a: null }; });
t(() => { function f({ a }) {} f(null); });
t(() => { function f({ a }) {} f(undefined); });
t(() => { const f = ({ a }) => a; f(null); });
t(() => { function f([a]) {} f(undefined); });
t(() => { function f([a]) {} f(5); });
t(() => { const [a] = o.x; });
t(() => { let a; ({ a } = null); });
t(() => { let a; [a] = null; });
