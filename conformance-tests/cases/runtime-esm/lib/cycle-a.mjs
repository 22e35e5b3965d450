import { fromB } from './cycle-b.mjs';
console.log('cycle-a evaluated');
export function fromA() { return 'A sees ' + fromB(); }
