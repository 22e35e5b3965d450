// await-order.js -- why "A, C, B" and not "A, B, C"?
//
// An async function runs synchronously, like any other function, right up to
// its first `await`. At that point it pauses and hands control back to its
// caller. The rest of the function (everything after the await) is queued as a
// *microtask*, and microtasks only run once the current synchronous code has
// finished.
//
// Expected output:
//   A
//   C
//   B

async function work() {
  console.log('A'); // runs immediately, as part of the call work()
  await null; // pause here; the rest of work() becomes a microtask
  console.log('B'); // runs later, after the caller's synchronous code is done
}

work(); // prints A, then returns a (still pending) promise straight away
console.log('C'); // the caller keeps going: prints C

// The script ends here. Only now does the event loop run queued microtasks,
// which resumes work() after its await and prints B.
