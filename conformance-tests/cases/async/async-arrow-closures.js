// Async arrows capture variables; the captured value is read when the code after await runs.
let label = 'initial';
const reader = async () => {
  await null;
  return 'label is ' + label;
};
const p = reader();
label = 'changed';
p.then(v => console.log(v));
const makeTask = name => async n => {
  console.log(name, 'start', n);
  await null;
  console.log(name, 'end', n);
  return n * 2;
};
const t = makeTask('task');
t(1).then(v => console.log('t(1) ->', v));
t(2).then(v => console.log('t(2) ->', v));
