// ++ and -- on a name no scope declares: a ReferenceError when the global is missing (sloppy and strict),
// the global property updated when it exists.
try { nope++; console.log('no error', nope); } catch (e) { console.log(e.name, e.message); }
try { --nope2; } catch (e) { console.log(e.name, e.message); }
(function () { 'use strict'; try { nope3++; } catch (e) { console.log(e.name, e.message); } })();
globalThis.counter = 5;
console.log(counter++, ++counter, counter--, counter);
globalThis.str = '7';
str++;
console.log(str, typeof str);
console.log(typeof nope, 'nope' in globalThis);
