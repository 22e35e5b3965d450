// Two closures created in the same call share the same variable.
function makeAccount(balance) {
  return {
    deposit: function (n) {
      balance = balance + n;
      return balance;
    },
    withdraw: function (n) {
      if (n > balance) {
        return 'insufficient';
      }
      balance = balance - n;
      return balance;
    },
    read: function () {
      return balance;
    }
  };
}
var acct = makeAccount(10);
console.log(acct.deposit(5));
console.log(acct.withdraw(3));
console.log(acct.withdraw(100));
console.log(acct.read());
var other = makeAccount(0);
console.log(other.read(), acct.read());
var x = 1;
function readX() { return x; }
x = 2;
console.log(readX());
