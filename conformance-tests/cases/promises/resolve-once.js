// Only the first resolve/reject call counts.
var p = new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject(new Error('third'));
});
p.then(v => console.log('fulfilled with', v), e => console.log('rejected'));
var q = new Promise((resolve, reject) => {
  reject(new Error('rejected first'));
  resolve('too late');
});
q.then(v => console.log('fulfilled'), e => console.log('q:', e.message));
var saved;
var r = new Promise(resolve => {
  saved = resolve;
});
r.then(v => console.log('r resolved later with', v));
console.log('before calling saved resolve');
saved('late value');
saved('ignored');
console.log('after calling saved resolve');
