// Differential oracle for the minijs parser: prints each file's AST in the S-expression format of
// org.minijs.parser.AstDump (test sources), using acorn. Files using syntax outside the minijs subset print
// "UNSUPPORTED ...", invalid files "ERR ...". Scripts only (module items are not part of the dump).
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
    case 'VariableDeclaration': return '(' + s.kind + s.declarations.map(d => ' ' + pat(d.id, true) + (d.init ? '=' + expr(d.init) : '')).join('') + ')';
    case 'FunctionDeclaration': return fn(s, 'function', s.id && s.id.name);
    case 'ExpressionStatement': return expr(s.expression);
    case 'BlockStatement': return '{' + stmts(s.body) + ' }';
    case 'EmptyStatement': return ';';
    case 'DebuggerStatement': return 'debugger';
    case 'SwitchStatement': return '(switch ' + expr(s.discriminant) + s.cases.map(c => (c.test ? ' (case ' + expr(c.test) : ' (default') + stmts(c.consequent) + ')').join('') + ')';
    case 'ForInStatement': return '(for-in ' + forLeft(s.left) + ' ' + expr(s.right) + ' ' + stmt(s.body) + ')';
    case 'ForOfStatement': return '(for-' + (s.await ? 'await-' : '') + 'of ' + forLeft(s.left) + ' ' + expr(s.right) + ' ' + stmt(s.body) + ')';
    case 'ClassDeclaration': return cls(s);
    case 'IfStatement': return '(if ' + expr(s.test) + ' ' + stmt(s.consequent) + (s.alternate ? ' ' + stmt(s.alternate) : '') + ')';
    case 'WhileStatement': return '(while ' + expr(s.test) + ' ' + stmt(s.body) + ')';
    case 'DoWhileStatement': return '(do ' + stmt(s.body) + ' ' + expr(s.test) + ')';
    case 'ForStatement': return '(for ' + (s.init ? (s.init.type === 'VariableDeclaration' ? stmt(s.init) : expr(s.init)) : 'null') + ' ' + expr(s.test) + ' ' + expr(s.update) + ' ' + stmt(s.body) + ')';
    case 'LabeledStatement': return '(label ' + s.label.name + ' ' + stmt(s.body) + ')';
    case 'BreakStatement': return '(break' + (s.label ? ' ' + s.label.name : '') + ')';
    case 'ContinueStatement': return '(continue' + (s.label ? ' ' + s.label.name : '') + ')';
    case 'ReturnStatement': return '(return' + (s.argument ? ' ' + expr(s.argument) : '') + ')';
    case 'ThrowStatement': return '(throw ' + expr(s.argument) + ')';
    case 'TryStatement': return '(try ' + stmt(s.block) + (s.handler ? ' ' + catchClause(s.handler) : '') + (s.finalizer ? ' (finally ' + stmt(s.finalizer) + ')' : '') + ')';
    default: throw new Error('unsupported statement ' + s.type);
  }
}
// minijs desugars catch ({a}) { body } to catch (*catch*) { let {a} = *catch*; body }.
function catchClause(h) {
  if (!h.param) return '(catch ' + stmt(h.body) + ')';
  if (h.param.type === 'Identifier') return '(catch ' + h.param.name + ' ' + stmt(h.body) + ')';
  return '(catch *catch* { (let ' + pat(h.param, true) + '=*catch*)' + stmts(h.body.body) + ' })';
}
function forLeft(l) {
  if (l.type === 'VariableDeclaration') return '(' + l.kind + ' ' + pat(l.declarations[0].id, true) + ')';
  return pat(l, false);
}
function keyText(p) {
  const k = keyOf(p);
  return k != null ? k : '[' + expr(p.key) + ']';
}
// Binding patterns (declarations, parameters) and for-in/of assignment patterns (leaves are members).
function pat(p, binding) {
  switch (p.type) {
    case 'Identifier': return binding ? p.name : '(member ' + p.name + ')';
    case 'MemberExpression': return '(member ' + expr(p) + ')';
    case 'AssignmentPattern': return pat(p.left, binding) + '=' + expr(p.right);
    case 'ObjectPattern': {
      const props = p.properties.filter(x => x.type !== 'RestElement').map(x => keyText(x) + ': ' + pat(x.value, binding));
      const rest = p.properties.find(x => x.type === 'RestElement');
      if (rest) props.push('...' + pat(rest.argument, binding));
      return '{' + props.join(', ') + '}';
    }
    case 'ArrayPattern': {
      const els = p.elements.filter(x => !x || x.type !== 'RestElement').map(x => x ? pat(x, binding) : '<hole>');
      const rest = p.elements.find(x => x && x.type === 'RestElement');
      if (rest) els.push('...' + pat(rest.argument, binding));
      return '[' + els.join(', ') + ']';
    }
    default: throw new Error('unsupported pattern ' + p.type);
  }
}
function param(p) {
  if (p.type === 'RestElement') return '...' + pat(p.argument, true);
  return pat(p, true);
}
// Destructuring assignment targets stay literals in minijs: {a = 1} is a property whose value is (= a 1).
function target(t) {
  switch (t.type) {
    case 'ObjectPattern': return '{' + t.properties.map(p => p.type === 'RestElement' ? '...' + target(p.argument) : keyText(p) + ': ' + target(p.value)).join(', ') + '}';
    case 'ArrayPattern': return '[' + t.elements.map(x => x == null ? '<hole>' : x.type === 'RestElement' ? '(... ' + target(x.argument) + ')' : target(x)).join(', ') + ']';
    case 'AssignmentPattern': return '(= ' + target(t.left) + ' ' + expr(t.right) + ')';
    default: return expr(t);
  }
}
function cls(c) {
  strictStack.push(true);
  let out = '(class' + (c.id ? ' ' + c.id.name : '') + (c.superClass ? ' (extends ' + expr(c.superClass) + ')' : '');
  for (const m of c.body.body) {
    if (m.type === 'StaticBlock') { out += ' (static_block static {' + stmts(m.body) + ' })'; continue; }
    const priv = m.key.type === 'PrivateIdentifier';
    const name = priv ? '#' + m.key.name : (m.computed ? '[' + expr(m.key) + ']' : keyOf(m));
    const st = m.static ? ' static' : '';
    if (m.type === 'PropertyDefinition') { out += ' (field' + st + ' ' + name + (m.value ? ' = ' + expr(m.value) : '') + ')'; continue; }
    const kind = m.kind === 'get' ? 'getter' : m.kind === 'set' ? 'setter' : 'method';
    const fname = m.computed ? null : name;
    out += ' (' + kind + st + ' ' + name + ' ' + fn(m.value, kind, fname) + ')';
  }
  strictStack.pop();
  return out + ')';
}
function fn(f, kind, name) {
  const exprBody = f.body.type !== 'BlockStatement';
  const strict = strictStack[strictStack.length - 1] || (!exprBody && isStrictBody(f.body.body));
  let out = '(' + (f.async ? 'async ' : '') + kind + (f.generator ? '*' : '') + (strict ? ' strict' : '') + (name != null ? ' ' + name : '');
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
    case 'AssignmentExpression': return '(' + e.operator + ' ' + target(e.left) + ' ' + expr(e.right) + ')';
    case 'BinaryExpression':
      if (e.left.type === 'PrivateIdentifier') return '(#in ' + e.left.name + ' ' + expr(e.right) + ')';
      return '(' + e.operator + ' ' + expr(e.left) + ' ' + expr(e.right) + ')';
    case 'LogicalExpression': return '(' + e.operator + ' ' + expr(e.left) + ' ' + expr(e.right) + ')';
    case 'ClassExpression': return cls(e);
    case 'YieldExpression': return '(yield' + (e.delegate ? '*' : '') + (e.argument ? ' ' + expr(e.argument) : '') + ')';
    case 'TaggedTemplateExpression': return '(tagged ' + expr(e.tag) + ' [' + e.quasi.quasis.map(q => q.value.cooked == null ? 'null' : quote(q.value.cooked)).join(' ') + '] [' + e.quasi.quasis.map(q => quote(q.value.raw)).join(' ') + ']' + e.quasi.expressions.map(x => ' ' + expr(x)).join('') + ')';
    case 'MetaProperty': if (e.meta.name === 'new') return 'new.target'; throw new Error('unsupported meta property');
    case 'ConditionalExpression': return '(? ' + expr(e.test) + ' ' + expr(e.consequent) + ' ' + expr(e.alternate) + ')';
    case 'CallExpression':
      if (e.callee.type === 'Super') return '(super' + e.arguments.map(a => ' ' + expr(a)).join('') + ')';
      return '(call' + (e.optional ? '?.' : '') + ' ' + expr(e.callee) + e.arguments.map(a => ' ' + expr(a)).join('') + ')';
    case 'ImportExpression': throw new Error('unsupported import()');
    case 'NewExpression': return '(new ' + expr(e.callee) + e.arguments.map(a => ' ' + expr(a)).join('') + ')';
    case 'MemberExpression':
      if (e.object.type === 'Super') return e.computed ? 'super[' + expr(e.property) + ']' : 'super.' + e.property.name;
      if (e.property.type === 'PrivateIdentifier') { if (e.optional) throw new Error('unsupported ?.#'); return '(.# ' + expr(e.object) + ' ' + e.property.name + ')'; }
      if (e.computed) return '(' + (e.optional ? '?.[]' : '[]') + ' ' + expr(e.object) + ' ' + expr(e.property) + ')';
      return '(' + (e.optional ? '?.' : '.') + ' ' + expr(e.object) + ' ' + e.property.name + ')';
    case 'ChainExpression': return '(chain ' + expr(e.expression) + ')';
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
    const ast = acorn.parse(src, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: false });
    strictStack = [isStrictBody(ast.body)];
    line = ast.body.map(stmt).join(' ');
  } catch (err) {
    line = (err instanceof SyntaxError ? 'ERR ' : 'UNSUPPORTED ') + err.message;
  }
  console.log('FILE ' + file + '\n' + line);
}
