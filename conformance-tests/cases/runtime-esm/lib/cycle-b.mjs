import { fromA } from './cycle-a.mjs';
console.log('cycle-b evaluated');
export function fromB() { return 'B'; }
export function callA() { return fromA(); }
