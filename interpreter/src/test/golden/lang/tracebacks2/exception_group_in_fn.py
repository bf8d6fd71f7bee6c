def run_all(tasks):
    errors = []
    for t in tasks:
        try:
            t()
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup('tasks failed', errors)

def ok():
    pass

def bad_key():
    {}['k']

def bad_div():
    1 / 0

run_all([ok, bad_key, bad_div])
