// continue inside try with an awaiting finally: finally runs on each iteration before continuing.
async function f() {
  let i = 0;
  while (i < 3) {
    i = i + 1;
    try {
      if (i === 2) continue;
      console.log('body', i);
      await null;
    } finally {
      console.log('finally', i);
      await null;
    }
  }
  console.log('done');
}
f();
