# An uncaught UnicodeDecodeError from decoding bytes that are not UTF-8.
def read_names(raw):
    names = []
    for chunk in raw.split(b";"):
        names.append(chunk.decode("utf-8").strip())
    return names

print(read_names(b"anna; bob ;caf\xc3\xa9"))
print(read_names(b"ok;caf\xe9;never"))
