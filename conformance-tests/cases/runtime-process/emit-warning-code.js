// process.emitWarning(warning, type, code) and (warning, { type, code, detail }): the warning object carries them.
process.on('warning', (w) => console.log('event', w.name, w.code, w.detail, w.message));
process.emitWarning('w', 'CustomWarning', 'CODE1');
process.emitWarning('x', { type: 'T', code: 'C2', detail: 'more info' });
process.emitWarning('plain');
const util = require('util'); util.deprecate(() => 1, 'msg', 'DEP_QA')();
