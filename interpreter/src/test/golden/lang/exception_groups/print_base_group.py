# An uncaught BaseExceptionGroup holding a BaseException; the exit status of an uncaught group.
class Stop(BaseException):
    pass

def worker(i):
    if i == 2:
        raise Stop(f"worker {i} stopped")
    return i * 10

results = []
problems = []
for i in range(4):
    try:
        results.append(worker(i))
    except BaseException as e:
        problems.append(e)
print(results)
group = BaseExceptionGroup("workers", problems + [ValueError("late")])
print(type(group).__name__, group.exceptions)
raise group
