// export * from, renamed re-exports and export * as ns.
import { count, name, bump, own, counterModule } from './lib/reexports.mjs';
console.log(count, name, own);
bump();
console.log(count, counterModule.count, Object.keys(counterModule).length);
