// await in a switch discriminant and in case bodies, including fall-through.
async function classify(x) {
  switch (await x) {
    case 1:
      console.log('one');
      await null;
    case 2:
      console.log('one or two (fall-through)');
      break;
    default:
      console.log('other', await 'default');
  }
  return 'classified ' + x;
}
classify(1).then(console.log);
classify(2).then(console.log);
classify(3).then(console.log);
