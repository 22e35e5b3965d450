// A detached async method loses this; the TypeError after the await becomes a rejection.
class Store {
  constructor() { this.items = ['a']; }
  async first() {
    await null;
    return this.items[0];
  }
}
const s = new Store();
const detached = s.first;
detached().then(v => console.log('not', v), e => console.log('rejected with', e.name));
s.first().then(v => console.log('bound call gave', v));
