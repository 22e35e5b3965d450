// Nested try blocks: inner catch handles first; errors from catch go outward.
try {
  try {
    throw new Error('inner');
  } catch (e) {
    console.log('inner catch', e.message);
  }
  console.log('between');
  throw new Error('outer');
} catch (e) {
  console.log('outer catch', e.message);
}
try {
  try {
    throw new Error('one');
  } catch (e) {
    console.log('handling', e.message);
    throw new Error('two');
  } finally {
    console.log('inner finally');
  }
} catch (e) {
  console.log('outer got', e.message);
} finally {
  console.log('outer finally');
}
var e = 'outer binding';
try {
  throw new Error('shadow');
} catch (e) {
  console.log('catch param', e.message);
}
console.log(e);
