// Closures capture the catch parameter binding.
var fns = [];
for (var i = 0; i < 3; i++) {
  try { throw i; } catch (n) { fns.push(() => n); }
}
console.log(fns.map(f => f()).join());
try { throw { value: 1 }; } catch (obj) { obj.value++; var saved = obj; }
console.log(saved.value);
