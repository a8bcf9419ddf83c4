# Generated: class private.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
    def deposit(self, amount):
        self.__balance += amount
        return self.__balance
    def __audit(self):
        return "audited " + self.owner
    def report(self):
        return self.__audit() + f": {self.__balance}"
acct = Account("ann", 100)
print(acct.deposit(50), acct.report(), acct._Account__balance)
for name in ["__balance", "__audit"]:
    try:
        getattr(acct, name)
    except AttributeError as e:
        print("AttributeError:", e)
print(hasattr(acct, "_Account__audit"), sorted(k for k in vars(acct)))
