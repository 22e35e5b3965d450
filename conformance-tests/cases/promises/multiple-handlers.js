// Handlers on the same promise run in registration order, even when added later.
var resolveIt;
var p = new Promise(r => {
  resolveIt = r;
});
p.then(v => console.log('first', v));
p.then(v => console.log('second', v));
p.catch(e => console.log('never'));
p.then(v => console.log('third', v));
resolveIt('x');
p.then(v => console.log('fourth (added after resolve)', v));
console.log('sync');
