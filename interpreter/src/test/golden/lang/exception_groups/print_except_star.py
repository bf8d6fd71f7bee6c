# An uncaught group produced by except*: handler errors joined with the unhandled rest.
def step(n):
    if n % 2:
        raise ValueError(f"odd step {n}")
    raise TypeError(f"even step {n}")

def run_steps():
    errors = []
    for n in range(4):
        try:
            step(n)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("steps failed", errors)

try:
    run_steps()
except* ValueError as eg:
    print("handling", len(eg.exceptions), "value errors")
    raise RuntimeError("could not recover")
