def g():
    try:
        raise ExceptionGroup('inner group', [ValueError('v'), KeyError('k')])
    except ExceptionGroup as eg:
        raise RuntimeError('wrapping') from eg
g()
