// JSON.parse values, whitespace, errors and duplicate keys.
console.log(JSON.parse('1'), JSON.parse('"s"'), JSON.parse('null'), JSON.parse(' true '));
var o = JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041\\n","d":-1.5e2,"a2":{}}');
console.log(JSON.stringify(o), o.c.length);
console.log(JSON.stringify(JSON.parse('{"k":1,"k":2}')));
console.log(JSON.stringify(JSON.parse('{"__proto__":1}')), Object.keys(JSON.parse('{"__proto__":1}')).join());
var bad = ["{'a':1}", '[1,]', '01', 'NaN', '"\t"', '{"a" 1}', '', 'undefined', '.5', '1.'];
for (var b of bad) { try { JSON.parse(b); console.log('parsed', b); } catch (e) { console.log(e.name); } }
console.log(JSON.parse('[]').length, JSON.parse(' \n[\t1 ] ')[0]);
