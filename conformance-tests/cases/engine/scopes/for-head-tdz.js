// for-in/of heads: the iterated expression runs with the loop's let/const names in their TDZ, so a
// reference to the loop variable there is a ReferenceError rather than the outer binding.
let x = [9];
try { for (let x of x) console.log('no error', x); } catch (e) { console.log(e.name, e.message); }
try { for (const x in x) console.log('no error', x); } catch (e) { console.log(e.name, e.message); }
try { for (const [x] of [x]) console.log('no error', x); } catch (e) { console.log(e.name, e.message); }
for (var v of x) console.log('var head reads the outer', v);
for (let y of x) console.log('other name', y);
const fns = [];
for (const k of [1, 2, 3]) fns.push(() => k);
console.log(fns.map((f) => f()));
async function a() {
  for (const z of await Promise.resolve([4, 5])) console.log('awaited', z);
  try { for (const z of await z) console.log(z); } catch (e) { console.log(e.name, e.message); }
}
a();
