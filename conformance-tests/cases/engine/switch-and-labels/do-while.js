// do-while runs at least once; continue jumps to the condition.
var n = 0;
do { n++; } while (false);
console.log(n);
var i = 0, evens = [];
do { i++; if (i % 2) continue; evens.push(i); } while (i < 10);
console.log(evens.join());
var s = '';
do s += 'x'; while (s.length < 3)
console.log(s);
