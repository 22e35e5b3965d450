// hasOwnProperty and Object.hasOwn ignore inherited properties.
var o = Object.create({ inherited: 1 });
o.own = undefined;
console.log(o.hasOwnProperty('own'), o.hasOwnProperty('inherited'), 'inherited' in o);
console.log(Object.hasOwn(o, 'own'), Object.hasOwn(o, 'inherited'));
var bare = Object.create(null);
bare.k = 1;
console.log(Object.prototype.hasOwnProperty.call(bare, 'k'), Object.hasOwn(bare, 'k'));
var shadowed = { hasOwnProperty() { return 'shadowed'; }, x: 1 };
console.log(shadowed.hasOwnProperty('x'), Object.prototype.hasOwnProperty.call(shadowed, 'x'));
console.log([1].hasOwnProperty(0), [1].hasOwnProperty('length'), 'ab'.hasOwnProperty(1));
console.log(Object.prototype.propertyIsEnumerable.call([1], 'length'), [1].propertyIsEnumerable(0));
