// A CommonJS file imported by default gives module.exports; built-ins with and without node: prefix.
import plain from './lib/plain.cjs.js';
import path from 'path';
import { basename } from 'node:path';
console.log(plain.kind, plain.add(2, 3), path.extname('a/b.txt'), basename('/x/y.mjs'));
