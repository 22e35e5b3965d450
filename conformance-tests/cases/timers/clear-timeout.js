// clearTimeout cancels a pending timer; clearing twice or after firing is harmless.
const t1 = setTimeout(() => console.log('t1 (cancelled, never printed)'), 10);
const t2 = setTimeout(() => console.log('t2 fires'), 20);
clearTimeout(t1);
clearTimeout(t1);
const t3 = setTimeout(() => {
  console.log('t3 fires and cancels t4');
  clearTimeout(t4);
}, 30);
const t4 = setTimeout(() => console.log('t4 (cancelled by t3, never printed)'), 60);
setTimeout(() => {
  clearTimeout(t2);
  console.log('clearing already-fired t2 is fine');
}, 80);
console.log('scheduled');
