// Recursive functions: factorial, fibonacci, ackermann and tree walks.
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fact(10), fact(20), fib(20));
function ack(m, n) { return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
console.log(ack(2, 3));
var tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [] }] };
function total(t) { return t.v + t.kids.reduce((s, k) => s + total(k), 0); }
console.log(total(tree));
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  return hanoi(n - 1, via, to, from, moves);
}
console.log(hanoi(3, 'A', 'C', 'B', []).join(' '));
