// nested-awaits.js -- an async function awaiting another async function.
//
// When outer() does `await inner()`, it first CALLS inner(). inner() runs
// synchronously up to its own first await, then returns a pending promise.
// outer() then pauses on that promise. Only when inner() finishes (returns)
// does outer() continue, receiving inner()'s return value.
//
// Meanwhile the main script is not blocked: it prints "main continues" as soon
// as outer() reaches its first pause.
//
// Expected output:
//   outer: start
//   inner: start
//   main continues
//   inner: after await
//   outer: inner returned 42
//   outer: done
//   main: outer resolved with 43

async function inner() {
  console.log('inner: start');
  await null; // inner pauses; control goes back to outer, which pauses too
  console.log('inner: after await');
  return 42; // this resolves the promise that outer is awaiting
}

async function outer() {
  console.log('outer: start');
  const value = await inner(); // call inner, then wait for its promise
  console.log('outer: inner returned', value);
  console.log('outer: done');
  return value + 1;
}

outer().then(result => console.log('main: outer resolved with', result));
console.log('main continues');
