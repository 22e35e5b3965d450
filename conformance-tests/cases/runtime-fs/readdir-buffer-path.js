// readdir(withFileTypes) of a path given as a Buffer (here one read from a file).
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minijs-bufdir-'));
fs.writeFileSync(path.join(dir, 'x.txt'), '');
fs.writeFileSync(path.join(dir, 'name'), dir);
const asBuffer = fs.readFileSync(path.join(dir, 'name'));
const entries = fs.readdirSync(asBuffer, { withFileTypes: true });
console.log(entries.map((e) => [e.name, e.isFile(), String(e.path) === dir]));
fs.rmSync(dir, { recursive: true });
