// A return in finally overrides the try's return or a pending throw.
function f1() { try { return 'try'; } finally { return 'finally'; } }
function f2() { try { throw new Error('lost'); } finally { return 'swallowed'; } }
function f3() { try { return 'try'; } finally { console.log('finally runs before return completes'); } }
function f4() { var x = 1; try { return x; } finally { x = 2; } }
function f5() { try { throw 1; } catch (e) { return 'catch'; } finally { return 'finally wins'; } }
function f6() { for (;;) { try { return 'try'; } finally { break; } } return 'after loop'; }
function f7() { try { try { throw new Error('inner'); } finally { return 'inner finally'; } } catch (e) { return 'never'; } }
console.log(f1(), f2(), f3(), f4(), f5(), f6(), f7());
function f8() { try { return 'a'; } finally { throw new Error('finally throws'); } }
try { f8(); } catch (e) { console.log(e.message); }
