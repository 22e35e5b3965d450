// In an import cycle, the module evaluated first can call functions of a module not yet evaluated: top-level
// function declarations (export default ones too) exist from instantiation, while its let/const are in TDZ.
import './lib/hoist-b.mjs';
export function f() { return 'f from the entry module'; }
export default function g() { return 'g (default) from the entry module'; }
export const c = 1;
console.log('entry module evaluated, c =', c);
