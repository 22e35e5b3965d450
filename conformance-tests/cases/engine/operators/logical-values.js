// && and || return operand values, not booleans.
console.log(1 && 2, 0 && 2, '' || 'd', 'a' || 'b', null || undefined);
console.log(1 && 0 || 'z', 0 || 1 && 2, !'' && 'ok');
var order = [];
function t(v) { order.push(v); return v; }
t(0) && t(1);
t(1) || t(2);
t(null) || t(0) || t(3) || t(4);
console.log(order.join(','));
console.log(typeof (null && 1), String(undefined || null));
