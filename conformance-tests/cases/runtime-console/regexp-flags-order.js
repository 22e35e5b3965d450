// inspect prints a regexp as its toString does: escaped source, flags in canonical order (dgimsuvy).
console.log(/x/gmi, /a/ysu, new RegExp('a/b', 'yg'));
console.log([/\n/m], { re: /[/]/ig });
const r = /q/mg;
r.extra = 1;
console.log(r);
