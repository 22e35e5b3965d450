// eval runs its argument as global code (an indirect eval): var and function declarations become globals,
// the completion value is the result, a non-string comes back as is, a syntax error is a catchable SyntaxError.
console.log(eval('1 + 2'), eval(42), eval(), typeof eval, eval.length, eval.name);
const indirect = eval;
console.log(indirect('var fromEval = 5; function declared() { return 7; } fromEval * 2'), globalThis.fromEval, declared());
console.log((0, eval)('this === globalThis'), eval('if (true) { "then" } else { "else" }'));
try { eval('1 +'); } catch (e) { console.log(e instanceof SyntaxError, e.name, e.message); }
try { eval('throw new RangeError("inside")'); } catch (e) { console.log(e.name, e.message); }
console.log(eval('[1, 2, 3].map((n) => n * n)'), eval('({ a: 1 })'), eval('let scoped = 1; scoped + 1'));
