// finally costs extra ticks compared with then, because it chains on Promise.resolve(f()).
Promise.resolve('v').finally(() => console.log('finally callback')).then(() => console.log('after finally'));
Promise.resolve('v').then(() => console.log('then callback')).then(() => console.log('after then'));
let c = Promise.resolve();
for (let i = 1; i <= 5; i++) c = c.then(() => console.log('tick', i));
