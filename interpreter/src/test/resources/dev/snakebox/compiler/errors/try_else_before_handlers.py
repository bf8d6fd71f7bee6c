try:
    pass
except E:
    (yield)
else:
    await z
