// Extracted methods lose this; arrow fields and bind keep it.
class Btn {
  label = 'ok';
  handle() { return this === undefined ? 'lost this' : this.label; }
  arrowHandle = () => this.label;
}
var b = new Btn();
var h = b.handle, a = b.arrowHandle, bound = b.handle.bind(b);
console.log(h(), a(), bound());
console.log([1].map(b.handle).join(), [1].map(b.arrowHandle).join());
