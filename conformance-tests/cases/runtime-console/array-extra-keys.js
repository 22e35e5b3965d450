const a = [1, 2, 3];
a.label = 'extra';
console.log(a);
const b = [];
b.only = true;
console.log(b);
function List() {}
List.prototype = Object.create(Array.prototype);
