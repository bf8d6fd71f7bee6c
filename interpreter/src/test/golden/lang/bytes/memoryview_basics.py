# memoryview over bytes and bytearray: length, indexing, slicing, tobytes, tolist, release, writing through.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(b"abcdef")
print(len(m), m[1], m[-1], m[1:4].tobytes(), m[::2].tolist(), m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape)
print(m.hex(), m[2:].hex(":"), m == b"abcdef", m[:2] == b"ab", m.obj, bytes(m[2:]), list(m[:3]), m.tolist()[::-1], m[::-1].tobytes())
show("m[9]", lambda: m[9])
show("m['a']", lambda: m["a"])
show("m[0] = 1", lambda: m.__setitem__(0, 1))
show("memoryview('x')", lambda: memoryview("x"))
show("memoryview(5)", lambda: memoryview(5))
show("hash(m) == hash(b'abcdef')", lambda: hash(m) == hash(b"abcdef"))
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"BC"
print(ba, mv.readonly, mv.tobytes(), mv[::2].tobytes())
show("mv[0] = 256", lambda: mv.__setitem__(0, 256))
show("mv[0] = b'a'", lambda: mv.__setitem__(0, b"a"))
show("mv[0:2] = b'abc'", lambda: mv.__setitem__(slice(0, 2), b"abc"))
show("hash(mv)", lambda: hash(mv))
ba[0] = 97
print(mv.tobytes())
mv.release()
mv.release()
ba.append(33)
print(ba)
show("mv[0] after release", lambda: mv[0])
show("len(mv) after release", lambda: len(mv))
show("mv.tobytes() after release", lambda: mv.tobytes())
with memoryview(b"ctx") as q:
    print(q.tobytes(), q.tolist())
show("q.tobytes()", lambda: q.tobytes())
m2 = memoryview(m)
print(m2.tobytes(), memoryview(b"").tobytes(), len(memoryview(bytearray(5))), b"x" + m[:1], bytearray(m[3:]))
