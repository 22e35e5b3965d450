// Promise.any([]) rejects with an AggregateError that has no errors.
async function f() {
  try {
    await Promise.any([]);
  } catch (e) {
    console.log(e.constructor.name, e.errors.length, e.message);
  }
}
f();
