// then(null, f) and catch(f) behave the same and cost the same ticks.
Promise.reject('a').then(null, r => console.log('then(null, f) got', r));
Promise.reject('b').catch(r => console.log('catch(f) got', r));
Promise.reject('c').then(undefined, r => console.log('then(undefined, f) got', r));
Promise.resolve().then(() => console.log('tick 1'));
