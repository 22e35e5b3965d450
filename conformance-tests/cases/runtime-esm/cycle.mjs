// A cycle: each module is evaluated once, dependencies first; functions work once both are evaluated.
import { callA } from './lib/cycle-b.mjs';
console.log('main:', callA());
