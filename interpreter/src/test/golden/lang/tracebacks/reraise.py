# A bare raise keeps the original traceback.
def inner():
    raise KeyError("deep")

def outer():
    try:
        inner()
    except KeyError:
        print("logging and re-raising")
        raise

outer()
