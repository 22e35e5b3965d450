export * from './counter.mjs';
export { label as name, increment as bump } from './counter.mjs';
export * as counterModule from './counter.mjs';
export const own = 'own';
