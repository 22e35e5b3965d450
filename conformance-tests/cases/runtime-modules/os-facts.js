// require('os'): the machine facts, checked by shape (their values differ from machine to machine).
const os = require('os');
const fs = require('fs');
const cpus = os.cpus();
console.log(typeof os.arch(), os.availableParallelism() > 0, cpus.length > 0,
  Object.keys(cpus[0]), Object.keys(cpus[0].times), typeof cpus[0].model, typeof cpus[0].speed);
console.log(['LE', 'BE'].includes(os.endianness()), os.freemem() > 0, os.totalmem() >= os.freemem(),
  os.loadavg().length, os.uptime() > 0, typeof os.release(), typeof os.version(), typeof os.machine());
console.log(os.devNull, os.EOL === '\n', os.platform(), os.type(), Object.keys(os.userInfo()));
console.log(os.hostname() === fs.readFileSync('/proc/sys/kernel/hostname', 'utf8').trim(),
  os.userInfo().uid === process.getuid(), os.userInfo().gid === process.getgid(), process.geteuid() === process.getuid(),
  os.homedir() === (process.env.HOME || os.userInfo().homedir));
