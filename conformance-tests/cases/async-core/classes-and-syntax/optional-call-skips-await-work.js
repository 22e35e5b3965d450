// An optional call that short-circuits does not evaluate its arguments, even awaited ones.
async function arg() {
  console.log('argument evaluated');
  return 1;
}
async function main() {
  const maybe = null;
  const r = maybe?.(await arg());
  console.log('result', r);
  const present = { f: v => 'called with ' + v };
  console.log(present.f?.(await arg()));
}
main();
