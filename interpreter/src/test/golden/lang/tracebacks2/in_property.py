class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def ratio(self):
        return 100 / self._balance

acct = Account(50)
print(acct.ratio)
Account(0).ratio
