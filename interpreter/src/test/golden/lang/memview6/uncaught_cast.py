# A cast error left uncaught: the traceback shows the call and the message.
data = bytearray(range(10))
view = memoryview(data)
halves = view[:8].cast("h", [2, 2])
print(halves.tolist(), halves.shape, halves.strides)
halves[1, 1] = -1
print(bytes(data))
words = view.cast("i")
print(words.tolist())
