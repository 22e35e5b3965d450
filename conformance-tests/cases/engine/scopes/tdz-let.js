// Reading let/const before initialization throws ReferenceError.
try { console.log(x); } catch (e) { console.log('read', e.name); }
let x = 1;
try { y = 5; } catch (e) { console.log('write', e.name); }
let y;
console.log(String(y));
function useLater() { return z; }
try { useLater(); } catch (e) { console.log('call', e.name); }
const z = 'z';
console.log(useLater());
{
  try { inner; } catch (e) { console.log('block', e.name); }
  let inner = 2;
}
try { let self = self + 1; } catch (e) { console.log('self', e.name); }
try { (function (a = b, b = 1) {})(); } catch (e) { console.log('param', e.name); }
