# help() with no argument: pydoc's interactive help (Lib/pydoc.py, Helper.interact), written in
# Python so that its input('help> ') can pause a run in the page. The pages themselves come from
# the help built-in (builtins/help/Helper.java), which puts _intro, _request and _outro here.
# Snakebox's own code, compiled on first use like CPython's frozen modules (SourceModule).


def interact():
    _intro()
    _write("\n")
    while True:
        try:
            request = str(input("help> "))
        except (EOFError, KeyboardInterrupt):
            break
        if not request:
            break
        request = request.strip()
        # a quoted request stands for its text, unless the quote also appears inside it
        quote = request[:1]
        if len(request) > 2 and quote in ("'", '"') and request[-1] == quote and quote not in request[1:-1]:
            request = request[1:-1]
        if request.lower() in ("q", "quit", "exit"):
            break
        if request == "help":
            _intro()
        else:
            _request(request)
    _outro()
