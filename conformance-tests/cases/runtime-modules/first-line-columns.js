const e = new Error('x'); function where(err, n) { return err.stack.split('\n')[n].match(/:(\d+:\d+)\)?$/)[1]; } console.log('line 1', where(e, 1));
// CommonJS wraps the module's source in a function on its first line; positions still read as written.
function thrower() { throw new Error('y'); } try { thrower(); } catch (err) { console.log('line 3', where(err, 1), where(err, 2)); }
