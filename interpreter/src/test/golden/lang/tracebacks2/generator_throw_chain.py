def worker():
    try:
        while True:
            item = yield
            print('got', item)
    except GeneratorExit:
        raise RuntimeError('cannot stop now')

w = worker()
next(w)
w.send(1)
w.close()
