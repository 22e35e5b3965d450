// Method overriding, super property lookup and polymorphism.
class Shape { area() { return 0; } describe() { return this.constructor.name + ' area ' + this.area(); } }
class Rect extends Shape { constructor(w, h) { super(); this.w = w; this.h = h; } area() { return this.w * this.h; } }
class Square extends Rect { constructor(s) { super(s, s); } describe() { return super.describe() + ' (square)'; } }
var shapes = [new Shape(), new Rect(2, 3), new Square(4)];
console.log(shapes.map(s => s.describe()).join('; '));
var homeObj = { greet() { return 'base'; } };
var derivedObj = { __proto__: homeObj, greet() { return super.greet() + '+derived'; } };
console.log(derivedObj.greet());
var borrowed = derivedObj.greet;
console.log(borrowed.call({}));
