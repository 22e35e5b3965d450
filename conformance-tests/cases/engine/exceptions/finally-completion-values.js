// Loop control inside finally and try interplay.
function a() {
  var out = [];
  for (var i = 0; i < 3; i++) {
    try { if (i === 1) throw new Error('x'); out.push('t' + i); }
    catch (e) { out.push('c' + i); continue; }
    finally { out.push('f' + i); }
    out.push('end' + i);
  }
  return out.join(' ');
}
console.log(a());
function b() {
  var n = 0;
  while (true) { try { n++; if (n < 3) continue; return n; } finally { if (n === 3) n = 100; } }
}
console.log(b());
label: try { break label; } finally { console.log('finally on labeled break'); }
console.log('done');
