// In a non-module script, await is an ordinary identifier outside async functions.
function plain() {
  var await = 3;
  return await * 2;
}
async function real() {
  return (await 3) * 2;
}
console.log('plain', plain());
real().then(v => console.log('real', v));
