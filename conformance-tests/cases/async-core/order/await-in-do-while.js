// await in a do-while body runs before the condition is first checked.
async function f() {
  let i = 10;
  do {
    const v = await i;
    console.log('body got', v);
    i = i + 1;
  } while (i < 3);
  console.log('after do-while i =', i);
}
f();
console.log('sync end');
