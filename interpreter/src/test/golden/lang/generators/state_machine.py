# Generators as coroutines driven by send(): a tokenizer and a parser in a push pipeline.
def coroutine(func):
    def start(*args):
        g = func(*args)
        next(g)
        return g
    return start

@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

@coroutine
def tokenizer(target):
    buffer = ""
    while True:
        ch = yield
        if ch is None:
            if buffer:
                target.send(("WORD", buffer))
            target.send(("END", None))
            return
        if ch.isdigit() and (not buffer or buffer.isdigit()):
            buffer += ch
        elif ch.isalpha() and (not buffer or buffer.isalpha()):
            buffer += ch
        else:
            if buffer:
                target.send(("NUM" if buffer.isdigit() else "WORD", buffer))
                buffer = ""
            if ch.strip():
                target.send(("SYM", ch))
            elif ch:
                pass
            if ch.isalnum():
                buffer = ch

@coroutine
def counter(target):
    kinds = {}
    try:
        while True:
            kind, value = yield
            if kind == "END":
                target.send(("summary", sorted(kinds.items())))
            else:
                kinds[kind] = kinds.get(kind, 0) + 1
                target.send((kind, value))
    except GeneratorExit:
        print("counter closed with", len(kinds), "kinds")

out = printer(">")
cnt = counter(out)
tok = tokenizer(cnt)
for ch in "x = 42 + y7*(3)":
    tok.send(ch)
try:
    tok.send(None)
except StopIteration:
    print("tokenizer finished")
cnt.close()
out.close()

@coroutine
def traffic_light():
    state = "red"
    transitions = {"red": "green", "green": "yellow", "yellow": "red"}
    while True:
        event = yield state
        if event == "tick":
            state = transitions[state]
        elif event == "emergency":
            state = "red"
        else:
            raise ValueError(f"unknown event {event!r}")

light = traffic_light()
for event in ["tick", "tick", "emergency", "tick", "tick", "tick"]:
    print(event, "->", light.send(event))
try:
    light.send("honk")
except ValueError as e:
    print(type(e).__name__, e)
print(list(light))
