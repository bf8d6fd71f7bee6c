@first
@second(1)
@third(a, b)
def decorated(x):
    """Decorated function."""
    return x


@(lambda f: f)
def by_lambda():
    pass


@d1
@d2
async def decorated_coroutine():
    return 1


def docstring_only():
    """Only a docstring.

    More lines, indented.
    """


def not_a_docstring():
    1
    "text"
