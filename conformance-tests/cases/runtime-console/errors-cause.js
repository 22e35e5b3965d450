const cause = new Error('root');
cause.stack = 'Error: root';
const e = new Error('outer', { cause: cause });
e.stack = 'Error: outer';
console.log(e);
const v = new Error('value cause', { cause: 42 });
v.stack = 'Error: value cause';
console.log(v);
