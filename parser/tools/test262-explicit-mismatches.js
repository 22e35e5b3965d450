// Lists the pass-explicit/ files of test262-parser-tests whose program differs from their pass/ twin, by
// comparing acorn's ASTs of both (positions, raw text and the grouping of comma expressions ignored). The
// output feeds section 3 of parser/src/test/resources/test262-exclusions.txt.
//
// Usage: npm install --prefix /tmp/t262 test262-parser-tests@0.0.5 acorn@8
//        NODE_PATH=/tmp/t262/node_modules node parser/tools/test262-explicit-mismatches.js \
//            /tmp/t262/node_modules/test262-parser-tests
const acorn = require('acorn');
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];

function normalize(node) {
  if (Array.isArray(node)) return node.map(normalize);
  if (!node || typeof node !== 'object') return node;
  if (node.type === 'SequenceExpression') {
    const flat = [];
    for (const e of node.expressions.map(normalize)) {
      if (e.type === 'SequenceExpression') flat.push(...e.expressions); else flat.push(e);
    }
    return { type: 'SequenceExpression', expressions: flat };
  }
  const out = {};
  for (const k of Object.keys(node)) {
    if (!['start', 'end', 'loc', 'range', 'raw'].includes(k)) out[k] = normalize(node[k]);
  }
  return out;
}

function ast(file) {
  const sourceType = file.includes('.module.') ? 'module' : 'script';
  return JSON.stringify(normalize(acorn.parse(fs.readFileSync(file, 'utf8'),
      { ecmaVersion: 'latest', sourceType, allowHashBang: true })));
}

for (const f of fs.readdirSync(path.join(dir, 'pass')).sort()) {
  try {
    if (ast(path.join(dir, 'pass', f)) !== ast(path.join(dir, 'pass-explicit', f))) console.log(f);
  } catch (e) {
    // a file acorn cannot parse says nothing about the pair
  }
}
