// Several functions awaiting the same pending promise resume in the order they subscribed.
let open;
const door = new Promise(r => { open = r; });
async function guest(name, extraAwaits) {
  for (let i = 0; i < extraAwaits; i++) await null;
  console.log(name, 'at the door');
  await door;
  console.log(name, 'entered');
}
guest('late', 2);
guest('early', 0);
guest('middle', 1);
setTimeout(() => { console.log('opening'); open(); }, 0);
