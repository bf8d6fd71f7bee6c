# Modules are shared objects; sys.modules decides what import returns.
import sys
import mods
import mods.counter as first
first.bump(10)
del sys.modules["mods.counter"]
import mods.counter as second
print(first is second, first.total, second.total)
print(mods.counter is second)
sys.modules["alias"] = second
import alias
print(alias is second)
from alias import bump
print(bump(2), second.total, first.total)
del sys.modules["alias"]


class FakeModule:
    answer = 42


sys.modules["fake"] = FakeModule()
import fake
from fake import answer
print(answer, type(fake).__name__)
