// An unhandled rejection with a plain string reason also ends the process with exit 1.
async function f() {
  await null;
  console.log('rejecting with a string');
  throw 'just a string';
}
f();
Promise.resolve().then(() => console.log('microtask still runs'));
