// Property lookup walks the prototype chain; writes create own properties.
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
Animal.prototype.legs = 4;
function Bird(name) { Animal.call(this, name); }
Bird.prototype = Object.create(Animal.prototype);
Bird.prototype.constructor = Bird;
Bird.prototype.legs = 2;
Bird.prototype.speak = function () { return Animal.prototype.speak.call(this) + ' (tweet)'; };
var b = new Bird('tweety');
console.log(b.speak(), b.legs, b.constructor === Bird);
delete Bird.prototype.legs;
console.log(b.legs);
b.legs = 1;
console.log(b.legs, Animal.prototype.legs);
var chain = [];
for (var p = b; p; p = Object.getPrototypeOf(p)) chain.push(p === Object.prototype ? 'Object.prototype' : p.constructor.name);
console.log(chain.join(' > '));
console.log(b.__proto__ === Bird.prototype);
