// Promise.all accepts any iterable; a string gives one element per character.
Promise.all('abc').then(v => console.log('from string:', v.join('-'), 'length', v.length));
Promise.all(new Set([1, 1, 2])).then(v => console.log('from set:', v.join('-')));
function* gen() {
  yield Promise.resolve('g1');
  yield 'g2';
}
Promise.all(gen()).then(v => console.log('from generator:', v.join('-')));
