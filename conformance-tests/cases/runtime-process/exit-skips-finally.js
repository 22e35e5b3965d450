try {
  console.log('in try');
  process.exit(0);
} finally {
  console.log('never: finally does not run on exit');
}
