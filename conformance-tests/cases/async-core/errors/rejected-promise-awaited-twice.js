// The same rejected promise awaited twice throws the same reason both times.
const p = Promise.reject(new Error('twice'));
async function f(name) {
  try {
    await p;
  } catch (e) {
    console.log(name, 'caught', e.message);
  }
}
f('first');
f('second');
