// super.method() after an await in a derived class's async method still reaches the base.
class Base {
  async describe() {
    await null;
    return 'base(' + this.kind + ')';
  }
}
class Derived extends Base {
  constructor() {
    super();
    this.kind = 'derived';
  }
  async describe() {
    await null;
    const fromBase = await super.describe();
    return 'derived wraps ' + fromBase;
  }
}
new Derived().describe().then(console.log);
