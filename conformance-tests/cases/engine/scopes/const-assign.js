// Assigning to a const binding throws TypeError; object contents stay mutable.
const c = 1;
try { c = 2; } catch (e) { console.log(e.name, c); }
try { c++; } catch (e) { console.log(e.name, c); }
try { c += 1; } catch (e) { console.log(e instanceof TypeError); }
const o = { v: 1 };
o.v = 2;
console.log(o.v);
for (const k of ['a', 'b']) console.log(k);
try { for (const i = 0; i < 2; i++) {} } catch (e) { console.log('loop', e.name); }
