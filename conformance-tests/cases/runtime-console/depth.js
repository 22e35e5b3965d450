const deep = { l1: { l2: { l3: { l4: 'too deep' } } } };
console.log(deep);
console.log([[[[1]]]]);
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: [1] } } });
function Foo() { this.x = { y: { z: {} } }; }
console.log({ a: { b: new Foo() } });
