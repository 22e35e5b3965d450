export let count = 0;
export function increment() { count++; return count; }
export const label = 'counter';
export default class Counter { static create() { return new Counter(); } }
