const fsp = require('fs').promises;
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), 'minijs-fsp-' + process.pid + '.txt');
async function main() {
  await fsp.writeFile(file, 'via promises');
  const text = await fsp.readFile(file, 'utf8');
  console.log(text);
  const st = await fsp.stat(file);
  console.log(st.size, st.isFile());
  await fsp.unlink(file);
  try {
    await fsp.readFile(file, 'utf8');
  } catch (e) {
    console.log('rejected with', e.code);
  }
  console.log(require('fs/promises') === fsp);
}
main().then(() => console.log('done'));
console.log('main started');
