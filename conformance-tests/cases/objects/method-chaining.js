// Methods that return this can be chained.
var builder = {
  parts: [],
  add: function (p) {
    this.parts.push(p);
    return this;
  },
  build: function () {
    var s = '';
    for (var i = 0; i < this.parts.length; i = i + 1) {
      if (i > 0) s = s + '-';
      s = s + this.parts[i];
    }
    return s;
  }
};
console.log(builder.add('a').add('b').add('c').build());
console.log(builder.parts.length);
var calc = {
  value: 0,
  plus: function (n) { this.value = this.value + n; return this; },
  times: function (n) { this.value = this.value * n; return this; }
};
console.log(calc.plus(2).times(5).plus(1).value);
