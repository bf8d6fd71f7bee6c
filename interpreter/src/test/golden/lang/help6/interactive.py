# help() with no argument: the intro, then requests read with input('help> ') (keywords,
# topics, symbols, quoted requests, objects) until "quit".
help()
print("back from help")
