def step(n):
    if n == 3:
        raise KeyError(n)
    return n

def run():
    for i in range(5):
        try:
            step(i)
        except KeyError as e:
            e.args = (f'step {i} failed',)
            raise

run()
