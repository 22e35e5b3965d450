// A dependency with top-level await delays the modules that import it; siblings evaluate in order.
import { ready as slow } from './lib/slow.mjs';
import { ready as fast } from './lib/fast.mjs';
console.log('main:', slow, fast);
const value = await Promise.resolve('main awaited');
console.log(value);
