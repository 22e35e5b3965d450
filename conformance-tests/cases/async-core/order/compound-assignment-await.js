// x += await y reads x before suspending, so updates made in the gap are lost.
let total = 0;
async function add(n) {
  total += await n;
  console.log('after adding', n, 'total =', total);
}
add(1);
add(2);
add(3);
console.log('sync total', total);
