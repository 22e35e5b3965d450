// A pipeline mixing several array methods.
var orders = [
  { id: 1, customer: 'ann', items: [{ p: 3, q: 2 }, { p: 10, q: 1 }] },
  { id: 2, customer: 'bob', items: [{ p: 5, q: 5 }] },
  { id: 3, customer: 'ann', items: [] },
  { id: 4, customer: 'cat', items: [{ p: 1, q: 1 }, { p: 2, q: 2 }] }
];
var totals = orders.map(o => ({ c: o.customer, t: o.items.reduce((s, i) => s + i.p * i.q, 0) }));
console.log(totals.map(x => x.c + '=' + x.t).join(' '));
var byCustomer = totals.reduce((m, x) => { m[x.c] = (m[x.c] || 0) + x.t; return m; }, {});
console.log(JSON.stringify(byCustomer));
var ranked = Object.entries(byCustomer).sort((a, b) => b[1] - a[1]).map(([c]) => c);
console.log(ranked.join('>'));
console.log(orders.filter(o => o.items.length).flatMap(o => o.items.map(i => i.p)).sort((a, b) => a - b).join());
console.log(orders.some(o => o.items.length === 0), orders.every(o => o.id > 0), orders.findLast(o => o.customer === 'ann').id);
