# NameError with a "Did you mean" suggestion from the local variables.
def compute():
    counter = 10
    return countr + 1

compute()
