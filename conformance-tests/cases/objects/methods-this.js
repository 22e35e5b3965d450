// Methods see their receiver object through this.
var counter = {
  count: 0,
  name: 'ctr',
  inc: function () {
    this.count = this.count + 1;
    return this.count;
  },
  describe: function () {
    return this.name + ' at ' + this.count;
  }
};
counter.inc();
counter.inc();
console.log(counter.describe());
var other = { count: 100, name: 'other', inc: counter.inc, describe: counter.describe };
other.inc();
console.log(other.describe());
console.log(counter.count);
console.log(counter['describe']());
var rect = {
  w: 3,
  h: 4,
  area: function () { return this.w * this.h; }
};
console.log(rect.area());
rect.w = 10;
console.log(rect.area());
