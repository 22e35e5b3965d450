// Arrays convert to strings via join, with null/undefined as empty.
console.log(String([1, null, undefined, 2]));
console.log([[1, 2], [3, [4, 5]]] + '');
console.log([1, 2] == '1,2', [] == '', [null] == '', [undefined] == 0);
console.log([[[]]].join('-'), [[], [[]]].join('-'));
console.log(['a', 'b'].join(undefined), ['a', 'b'].join(null), [1, 2].join(''));
var arr = [1, 2];
arr.join = function () { return 'custom'; };
console.log(String(arr), `${arr}`);
