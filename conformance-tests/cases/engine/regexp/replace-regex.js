// replace with regexps: groups, $1, $&, $<name> and replacer functions.
console.log('John Smith'.replace(/(\w+)\s(\w+)/, '$2, $1'));
console.log('aaa'.replace(/a/, 'b'), 'aaa'.replace(/a/g, 'b'), 'AaA'.replace(/a/gi, '[$&]'));
console.log('2020-01-02'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>/$<m>/$<y>'));
console.log('a-b-c'.replace(/-(\w)/g, (m, c, off) => c.toUpperCase() + off));
console.log('x'.replace(/(y)?x/, '[$1]'), 'abc'.replace(/b/, "$`|$'"), 'abc'.replace(/b/, '$$'));
console.log('one two'.replace(/(?<first>\w+)/, (...args) => JSON.stringify(args[args.length - 1])));
console.log('abc'.replace(/(?:)/g, '-'), 'a.b'.replace(/\./g, '\\.'));
console.log('$1'.replace(/\$1/, '$$1'), 'ab'.replace(/(a)(b)/, '$2$1$3$10'));
