// Destructuring in catch clauses.
try { throw { code: 42, detail: { msg: 'bad' } }; } catch ({ code, detail: { msg } }) { console.log(code, msg); }
try { throw [1, 2]; } catch ([a, b]) { console.log(a + b); }
try { throw new Error('boom'); } catch ({ message, name }) { console.log(name, message); }
try {
  try { throw null; } catch ({ x }) { console.log('unreachable'); } finally { console.log('finally runs'); }
} catch (e) { console.log('outer', e.name); }
