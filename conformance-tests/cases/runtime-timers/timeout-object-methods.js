const t = setTimeout(() => {}, 1);
console.log(typeof t, typeof t.ref, typeof t.unref, typeof t.hasRef, typeof t.refresh, typeof t.close);
console.log(t.ref() === t, t.unref() === t);
console.log(t.close() === t);
