// inspect of errors whose name was set after construction: the stack header shows the new name and no
// separate name key is printed (only the first line and the key check are compared: frames are node's own).
const util = require('util');
const show = (e) => { const s = util.inspect(e); console.log(s.split('\n')[0], '| name key shown:', s.includes('name:')); };
const e = new Error('x'); e.name = 'CustomName'; show(e);
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
show(new MyErr('mine'));
const other = new TypeError('t'); other.name = 'NotAnError'; show(other);
const read = new Error('read first'); read.stack; read.name = 'TooLate'; show(read);
