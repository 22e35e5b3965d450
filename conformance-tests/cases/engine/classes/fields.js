// Public instance fields are initialized before the constructor body, after super().
var order = [];
class Base {
  baseField = order.push('base field');
  constructor() { order.push('base ctor'); }
}
class Child extends Base {
  childField = order.push('child field');
  computed = this.childField * 10;
  ['dyn' + 1] = 'dynamic';
  arrow = () => this.constructor.name;
  constructor() { order.push('child ctor start'); super(); order.push('child ctor end'); }
}
var c = new Child();
console.log(order.join(' > '));
console.log(c.computed, c.dyn1, c.arrow.call(null), Object.keys(c).join());
class Plain { x; y = 2; }
var p = new Plain();
console.log('x' in p, String(p.x), JSON.stringify(p));
