// Differential oracle for the minijs parser: prints each file's AST in the S-expression format of
// org.minijs.parser.AstDump (test sources), using acorn. Files using syntax outside the minijs slice print
// "UNSUPPORTED ...", invalid files "ERR ...".
//
// Usage (acorn is not a project dependency; install it anywhere):
//   npm install --prefix /tmp/oracle acorn@8
//   NODE_PATH=/tmp/oracle/node_modules node parser/src/test/tools/acorn-dump.js FILE... > acorn.out
//   java -cp <parser classes, test classes, antlr4-runtime> org.minijs.parser.DumpFiles FILE... > minijs.out
//   diff acorn.out minijs.out     (expect differences only where acorn says UNSUPPORTED/ERR and minijs ERR)
const acorn = require('acorn');
const fs = require('fs');
function quote(s) {
  let out = '"';
  for (const ch of s.split('')) {
    const c = ch.charCodeAt(0);
    if (ch === '\n') out += '\\n'; else if (ch === '\t') out += '\\t'; else if (ch === '\r') out += '\\r';
    else if (ch === '"') out += '\\"'; else if (ch === '\\') out += '\\\\';
    else if (c < 0x20 || c > 0x7e) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}
function isStrictBody(body) {
  for (const s of body) {
    if (s.type === 'ExpressionStatement' && s.directive !== undefined) { if (s.directive === 'use strict') return true; }
    else break;
  }
  return false;
}
let strictStack = [false];
const stmts = (list) => list.map(s => ' ' + stmt(s)).join('');
function stmt(s) {
  if (!s) return 'null';
  switch (s.type) {
    case 'VariableDeclaration': if (s.declarations.some(d => d.id.type !== 'Identifier')) throw new Error('unsupported pattern'); return '(' + s.kind + s.declarations.map(d => ' ' + d.id.name + (d.init ? '=' + expr(d.init) : '')).join('') + ')';
    case 'FunctionDeclaration': return fn(s, 'function', s.id && s.id.name);
    case 'ExpressionStatement': return expr(s.expression);
    case 'BlockStatement': return '{' + stmts(s.body) + ' }';
    case 'EmptyStatement': case 'DebuggerStatement': return ';';
    case 'IfStatement': return '(if ' + expr(s.test) + ' ' + stmt(s.consequent) + (s.alternate ? ' ' + stmt(s.alternate) : '') + ')';
    case 'WhileStatement': return '(while ' + expr(s.test) + ' ' + stmt(s.body) + ')';
    case 'DoWhileStatement': return '(do ' + stmt(s.body) + ' ' + expr(s.test) + ')';
    case 'ForStatement': return '(for ' + (s.init ? (s.init.type === 'VariableDeclaration' ? stmt(s.init) : expr(s.init)) : 'null') + ' ' + expr(s.test) + ' ' + expr(s.update) + ' ' + stmt(s.body) + ')';
    case 'LabeledStatement': return '(label ' + s.label.name + ' ' + stmt(s.body) + ')';
    case 'BreakStatement': return '(break' + (s.label ? ' ' + s.label.name : '') + ')';
    case 'ContinueStatement': return '(continue' + (s.label ? ' ' + s.label.name : '') + ')';
    case 'ReturnStatement': return '(return' + (s.argument ? ' ' + expr(s.argument) : '') + ')';
    case 'ThrowStatement': return '(throw ' + expr(s.argument) + ')';
    case 'TryStatement': if (s.handler && s.handler.param && s.handler.param.type !== 'Identifier') throw new Error('unsupported'); return '(try ' + stmt(s.block) + (s.handler ? ' (catch ' + (s.handler.param ? s.handler.param.name + ' ' : '') + stmt(s.handler.body) + ')' : '') + (s.finalizer ? ' (finally ' + stmt(s.finalizer) + ')' : '') + ')';
    default: throw new Error('unsupported statement ' + s.type);
  }
}
function param(p) {
  if (p.type === 'Identifier') return p.name;
  if (p.type === 'AssignmentPattern' && p.left.type === 'Identifier') return p.left.name + '=' + expr(p.right);
  if (p.type === 'RestElement' && p.argument.type === 'Identifier') return '...' + p.argument.name;
  throw new Error('unsupported param ' + p.type);
}
function fn(f, kind, name) {
  const exprBody = f.body.type !== 'BlockStatement';
  const strict = strictStack[strictStack.length - 1] || (!exprBody && isStrictBody(f.body.body));
  let out = '(' + (f.async ? 'async ' : '') + kind + (strict ? ' strict' : '') + (name != null ? ' ' + name : '');
  if (f.generator) throw new Error('unsupported generator');
  strictStack.push(strict);
  out += ' [' + f.params.map(param).join(' ') + ']';
  out += exprBody ? ' => ' + expr(f.body) : ' {' + stmts(f.body.body) + ' }';
  strictStack.pop();
  return out + ')';
}
function numStr(v) { return String(v); }
function keyOf(p) {
  if (p.computed) return null;
  if (p.key.type === 'Identifier') return p.key.name;
  if (typeof p.key.value === 'number') return numStr(p.key.value);
  if (typeof p.key.value === 'string') return p.key.value;
  throw new Error('unsupported key');
}
function prop(p) {
  if (p.type === 'SpreadElement') return '...' + expr(p.argument);
  const k = keyOf(p);
  const key = k != null ? k : '[' + expr(p.key) + ']';
  if (p.kind === 'get') return 'get ' + key + ' ' + fn(p.value, 'getter', k);
  if (p.kind === 'set') return 'set ' + key + ' ' + fn(p.value, 'setter', k);
  if (p.method) return key + ' ' + fn(p.value, 'method', k);
  if (p.value.type === 'AssignmentPattern') throw new Error('unsupported pattern');
  return key + ': ' + expr(p.value);
}
function expr(e) {
  if (!e) return 'null';
  switch (e.type) {
    case 'Literal':
      if (e.regex) return '/' + e.regex.pattern + '/' + e.regex.flags;
      if (e.bigint) throw new Error('unsupported bigint');
      if (e.value === null) return 'null';
      if (typeof e.value === 'string') return quote(e.value);
      return String(e.value);
    case 'TemplateLiteral': {
      let out = '(template';
      e.quasis.forEach((q, i) => { out += ' ' + quote(q.value.cooked); if (i < e.expressions.length) out += ' ' + expr(e.expressions[i]); });
      return out + ')';
    }
    case 'Identifier': return e.name;
    case 'ThisExpression': return 'this';
    case 'ArrayExpression': return '[' + e.elements.map(x => x == null ? '<hole>' : expr(x)).join(', ') + ']';
    case 'ObjectExpression': return '{' + e.properties.map(prop).join(', ') + '}';
    case 'FunctionExpression': return fn(e, 'function', e.id && e.id.name);
    case 'ArrowFunctionExpression': return fn(e, 'arrow', null);
    case 'UnaryExpression': return '(' + e.operator + ' ' + expr(e.argument) + ')';
    case 'UpdateExpression': return '(' + e.operator + (e.prefix ? 'pre ' : 'post ') + expr(e.argument) + ')';
    case 'BinaryExpression': case 'LogicalExpression': case 'AssignmentExpression':
      if (e.left.type.endsWith('Pattern')) throw new Error('unsupported pattern');
      return '(' + e.operator + ' ' + expr(e.left) + ' ' + expr(e.right) + ')';
    case 'ConditionalExpression': return '(? ' + expr(e.test) + ' ' + expr(e.consequent) + ' ' + expr(e.alternate) + ')';
    case 'CallExpression': if (e.callee.type === 'Super' || e.callee.type === 'Import') throw new Error('unsupported'); return '(call' + (e.optional ? '?.' : '') + ' ' + expr(e.callee) + e.arguments.map(a => ' ' + expr(a)).join('') + ')';
    case 'NewExpression': return '(new ' + expr(e.callee) + e.arguments.map(a => ' ' + expr(a)).join('') + ')';
    case 'MemberExpression':
      if (e.property.type === 'PrivateIdentifier') throw new Error('unsupported');
      if (e.computed) return '(' + (e.optional ? '?.[]' : '[]') + ' ' + expr(e.object) + ' ' + expr(e.property) + ')';
      return '(' + (e.optional ? '?.' : '.') + ' ' + expr(e.object) + ' ' + e.property.name + ')';
    case 'ChainExpression': return expr(e.expression);
    case 'SequenceExpression': return '(,' + e.expressions.map(x => ' ' + expr(x)).join('') + ')';
    case 'AwaitExpression': return '(await ' + expr(e.argument) + ')';
    case 'SpreadElement': return '(... ' + expr(e.argument) + ')';
    default: throw new Error('unsupported expression ' + e.type);
  }
}
for (const file of process.argv.slice(2)) {
  const src = fs.readFileSync(file, 'utf8');
  let line;
  try {
    const ast = acorn.parse(src, { ecmaVersion: 2022, sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: false });
    strictStack = [isStrictBody(ast.body)];
    line = ast.body.map(stmt).join(' ');
  } catch (err) {
    line = (err instanceof SyntaxError ? 'ERR ' : 'UNSUPPORTED ') + err.message;
  }
  console.log('FILE ' + file + '\n' + line);
}
