// Objects and arrays are shared by reference.
var a = { n: 1 };
var b = a;
b.n = 2;
console.log(a.n);
function mutate(obj) {
  obj.n = 'mutated';
}
mutate(a);
console.log(b.n);
function reassign(obj) {
  obj = { n: 'new' };
  return obj.n;
}
console.log(reassign(a), a.n);
var list = [1, 2];
var alias = list;
alias.push(3);
console.log(list.length);
var holder = { items: list };
holder.items.push(4);
console.log(list.length, list[3]);
var s1 = 'str';
var s2 = s1;
s2 = s2 + '!';
console.log(s1, s2);
