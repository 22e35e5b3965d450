// break out of a loop through a finally that awaits: finally completes before the loop exits.
async function f() {
  for (let i = 0; i < 5; i++) {
    try {
      if (i === 2) break;
      console.log('body', i);
    } finally {
      await null;
      console.log('finally', i);
    }
  }
  console.log('after loop');
}
f();
console.log('sync end');
