// for await over an array stops with a throw at the first rejected element.
async function main() {
  try {
    for await (const v of [Promise.resolve(1), Promise.reject(new Error('bad element')), 3]) {
      console.log('got', v);
    }
  } catch (e) {
    console.log('loop threw', e.message);
  }
}
main();
