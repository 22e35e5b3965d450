// let in a for loop gives each iteration its own binding, also across awaits; var shares one.
async function main() {
  const withLet = [];
  for (let i = 0; i < 3; i++) {
    await null;
    withLet.push(() => i);
  }
  const withVar = [];
  for (var k = 0; k < 3; k++) {
    await null;
    withVar.push(() => k);
  }
  console.log('let', withLet.map(f => f()).join(','));
  console.log('var', withVar.map(f => f()).join(','));
}
main();
