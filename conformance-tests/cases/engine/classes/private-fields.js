// Private fields and methods are per-class and not visible as properties.
class Account {
  #balance = 0;
  static #count = 0;
  constructor(initial) { this.#balance = initial; Account.#count++; }
  #log(msg) { return '[' + msg + ']'; }
  deposit(x) { this.#balance += x; return this.#log('deposit ' + x); }
  get balance() { return this.#balance; }
  static count() { return Account.#count; }
  equals(other) { return this.#balance === other.#balance; }
}
var a = new Account(10), b = new Account(15);
console.log(a.deposit(5), a.balance, Account.count(), a.equals(b));
console.log(Object.keys(a).length, JSON.stringify(a), a['#balance']);
try { a.equals({}); } catch (e) { console.log(e.name); }
try { Account.prototype.deposit.call({}, 1); } catch (e) { console.log(e instanceof TypeError); }
