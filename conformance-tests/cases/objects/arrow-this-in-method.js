// Arrow functions inside a method use the method's this.
var obj = {
  label: 'obj',
  items: [1, 2, 3],
  sumWithLabel: function () {
    var total = 0;
    var add = (n) => {
      total = total + n;
      return this.label;
    };
    var last = '';
    for (var i = 0; i < this.items.length; i = i + 1) {
      last = add(this.items[i]);
    }
    return last + ':' + total;
  },
  later: function () {
    return () => this.label + ' still';
  }
};
console.log(obj.sumWithLabel());
var f = obj.later();
console.log(f());
var other = { label: 'other', later: obj.later };
console.log(other.later()());
