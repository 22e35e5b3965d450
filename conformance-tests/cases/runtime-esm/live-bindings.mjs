// Imports are live bindings: the importer sees the exporter's later assignments.
import { count, increment, label } from './lib/counter.mjs';
console.log(label, count);
increment();
increment();
console.log('after two increments', count);
try { count = 5; } catch (e) { console.log(e.name); }
