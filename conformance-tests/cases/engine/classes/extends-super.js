// extends, super() in constructors and super.method() calls.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + ' makes a noise'; }
  toString() { return 'Animal(' + this.name + ')'; }
}
class Dog extends Animal {
  constructor(name, breed) { super(name); this.breed = breed; }
  speak() { return super.speak() + ' and barks'; }
  toString() { return 'Dog:' + super.toString(); }
}
var d = new Dog('Rex', 'lab');
console.log(d.speak());
console.log(String(d), d.breed);
console.log(d instanceof Dog, d instanceof Animal, Object.getPrototypeOf(Dog) === Animal);
console.log(Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
class Puppy extends Dog { speak() { return super.speak() + ' softly'; } }
console.log(new Puppy('Bit', 'pug').speak());
