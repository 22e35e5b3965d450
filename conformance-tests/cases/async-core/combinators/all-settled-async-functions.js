// allSettled over async functions waits for all, even after one rejects early.
async function job(name, steps, fail) {
  for (let i = 0; i < steps; i++) await null;
  console.log(name, 'ends');
  if (fail) throw new Error(name + ' failed');
  return name + ' ok';
}
Promise.allSettled([job('a', 3, false), job('b', 1, true), job('c', 2, false)]).then(rs => {
  const parts = [];
  for (const r of rs) parts.push(r.status === 'fulfilled' ? r.value : r.reason.message);
  console.log(parts.join(' | '));
});
