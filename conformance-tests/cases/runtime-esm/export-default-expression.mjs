// export default of an expression, imported by default and by name alongside.
import answer, { later } from './lib/default-expression.mjs';
import * as all from './lib/default-expression.mjs';
console.log(answer, later, all.default, Object.keys(all).join());
