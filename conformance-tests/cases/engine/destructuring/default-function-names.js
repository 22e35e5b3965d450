// Anonymous functions used as destructuring defaults get the binding name.
var { fn = function () {}, arrow = () => {}, cls = class {} } = {};
console.log(fn.name, arrow.name, cls.name);
var [first = function () {}] = [];
console.log(first.name);
var { given = function () {} } = { given: function named() {} };
console.log(given.name);
