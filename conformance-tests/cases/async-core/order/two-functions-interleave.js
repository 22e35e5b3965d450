// Two async functions with three awaits each alternate step by step.
async function run(name) {
  for (let i = 1; i <= 3; i++) {
    console.log(name, 'step', i);
    await null;
  }
  console.log(name, 'done');
}
run('x');
run('y');
console.log('sync end');
