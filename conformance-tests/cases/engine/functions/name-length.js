// Function name and length properties, including inferred names.
function decl(a, b) {}
var anon = function (a) {};
var arrow = (a, b, c) => {};
var obj = { method() {}, ['comp' + 'uted']() {}, get acc() { return 1; }, prop: function () {} };
console.log(decl.name, decl.length, anon.name, anon.length, arrow.name, arrow.length);
console.log(obj.method.name, obj.computed.name, obj.prop.name);
console.log(Object.getOwnPropertyDescriptor(obj, 'acc').get.name);
console.log(decl.bind().name, (function () {}).name === '', (() => {}).name === '');
var s = Symbol('desc');
var so = { [s]() {} };
console.log(so[s].name);
class K { static sm() {} m() {} }
console.log(K.name, K.sm.name, new K().m.name);
let assigned;
assigned = function () {};
console.log(assigned.name);
console.log(Math.max.name, Math.max.length, [].map.length, parseInt.length);
