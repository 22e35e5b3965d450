// Error stacks of resumed async functions show the awaiting functions as "at async f" frames.
async function inner() {
  await null;
  throw new Error('deep');
}
async function middle() {
  await inner();
}
async function outer() {
  try {
    await middle();
  } catch (e) {
    const frames = e.stack.split('\n').slice(1).map(line => line.trim().split(' (')[0]);
    console.log(e.stack.split('\n')[0]);
    console.log(frames.join(' | '));
  }
}
outer();
