// Unary +, -, !, ~ on various operand types.
console.log(+'3', -'3', +'', String(-'x'), +[], String(+{}), +new Date(5));
console.log(!null, !undefined, !'0', !'', !{}, !NaN);
console.log(~3.7, ~-3.7, ~'0xff');
console.log(- -5, +-5, -+5, !!!'');
