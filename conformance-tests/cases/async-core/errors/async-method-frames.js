// Frames of async methods, before and after a resumption, are named with their receiver type as V8 does.
const clean = (s) => s.split('\n').slice(0, 4).filter((l) => !l.includes('node:internal')).map(l => l.trim().replace(/\(.*async-method-frames\.js/, '(F')).join(' | ');
class Service {
  async load() { await null; throw new Error('load'); }
  async run() { await this.load(); }
  static async boot() { await new Service().run(); }
}
Service.boot().catch(e => console.log(clean(e.stack)));
const o = { async m() { await null; throw new Error('m'); }, async outer() { await this.m(); } };
o.outer().catch(e => console.log(clean(e.stack)));
async function plain() { await o.outer(); }
plain().catch(e => console.log(clean(e.stack)));
class Sync { async before() { throw new Error('sync part'); } }
new Sync().before().catch(e => console.log(clean(e.stack)));
