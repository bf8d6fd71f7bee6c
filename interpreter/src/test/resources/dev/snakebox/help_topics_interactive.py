# help() with no argument answers keywords, topics and symbols too (the expected output: the oracle,
# run in interpreter/src/test/golden/lang/help6 beside its pydoc_data stand-in, with this stdin)
help()
print("back from help")
