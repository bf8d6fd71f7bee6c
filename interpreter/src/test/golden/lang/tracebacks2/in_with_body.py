class Tx:
    def __enter__(self):
        print('begin')
        return self

    def __exit__(self, tp, val, tb):
        print('rollback' if tp else 'commit')
        return False

with Tx():
    print('work')
with Tx() as tx:
    tx.missing_method()
