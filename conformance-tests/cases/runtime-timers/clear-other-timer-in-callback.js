let second;
setTimeout(() => {
  console.log('first clears second');
  clearTimeout(second);
}, 5);
second = setTimeout(() => console.log('never'), 5);
setTimeout(() => console.log('third'), 5);
