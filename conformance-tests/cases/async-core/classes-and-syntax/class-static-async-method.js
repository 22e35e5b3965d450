// A static async method: this is the class itself, also after an await.
class Registry {
  static async register(name) {
    await null;
    this.names.push(name);
    return this.names.length;
  }
}
Registry.names = [];
async function main() {
  const n1 = await Registry.register('x');
  const n2 = await Registry.register('y');
  console.log('sizes', n1, n2, 'names', Registry.names.join(','));
  console.log('static is on the class', typeof Registry.register, typeof new Registry().register);
}
main();
