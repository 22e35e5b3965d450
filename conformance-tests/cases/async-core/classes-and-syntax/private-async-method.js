// Private async methods can be awaited from public methods.
class Loader {
  #cache = 'cached';
  async #fetch(key) {
    await null;
    return key + ':' + this.#cache;
  }
  async load(keys) {
    const out = [];
    for (const k of keys) out.push(await this.#fetch(k));
    return out.join(' ');
  }
}
new Loader().load(['a', 'b']).then(console.log);
console.log('sync end');
