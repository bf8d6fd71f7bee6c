# A module whose body raises: the exception reaches the importer, the module leaves sys.modules.
import sys
for attempt in range(2):
    try:
        import mods.boom
    except ZeroDivisionError as e:
        print("attempt", attempt, type(e).__name__, e)
    print("mods.boom" in sys.modules, hasattr(sys.modules["mods"], "boom"))
try:
    from mods import raises_on_import
except ValueError as e:
    print(type(e).__name__, e)
    tb = e.__traceback__
    frames = 0
    while tb is not None:
        frames += 1
        tb = tb.tb_next
    print("traceback entries:", frames)
print("mods.raises_on_import" in sys.modules)
