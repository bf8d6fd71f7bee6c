import mods.half
try:
    print(mods.half.value)
except AttributeError as e:
    print("AttributeError:", e)
