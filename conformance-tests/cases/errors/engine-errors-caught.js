// Errors thrown by the engine itself are catchable (messages are engine-specific, so not printed).
var notAFunction = 5;
try {
  notAFunction();
  console.log('not reached');
} catch (e) {
  console.log('caught calling a number');
}
var obj = {};
try {
  obj.missing();
} catch (e) {
  console.log('caught calling undefined property');
}
try {
  var n = null;
  console.log(n.prop);
} catch (e) {
  console.log('caught property of null');
}
try {
  var u;
  u.x = 1;
} catch (e) {
  console.log('caught set on undefined');
}
try {
  console.log(notDeclaredVariable);
} catch (e) {
  console.log('caught undeclared variable');
}
const fixed = 1;
try {
  fixed = 2;
} catch (e) {
  console.log('caught const assignment, still', fixed);
}
console.log('caught value is an object:', typeof obj);
