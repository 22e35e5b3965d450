const fsp = require('fs/promises');
async function sizeOf(p) {
  const st = await fsp.stat(p);
  return st.size > 0;
}
sizeOf(__filename).then((ok) => {
  console.log('size > 0', ok);
  setImmediate(() => console.log('immediate after I/O'));
  setTimeout(() => console.log('timeout after I/O'), 0);
});
