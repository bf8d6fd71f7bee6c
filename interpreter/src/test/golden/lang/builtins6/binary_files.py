# open() in binary mode, seek and tell; the files live in /tmp (overwritten each run)
B = '/tmp/snakebox_golden_builtins6.bin'
T = '/tmp/snakebox_golden_builtins6.txt'
with open(B, 'wb') as f:
    print(f.mode, f.name == B, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write(b'hello\nworld\n'), f.write(bytearray(b'\x00\xff')), f.write(memoryview(b'mv')), f.tell())
    try: f.read()
    except OSError as e: print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    try: f.write('text')
    except TypeError as e: print(e)
print(f, f.closed)
try: f.write(b'x')
except ValueError as e: print(e)
with open(B, 'rb') as f:
    print(f, f.mode)
    print(f.read(3), f.tell(), f.readline(), f.readline(2), f.tell())
    print(f.seek(0), f.read(), f.read(), f.tell())
    print(f.seek(-3, 2), f.read(1), f.seek(1, 1), f.read(), f.seek(0, 0))
    print(list(f))
    print(f.seek(0), f.readlines())
    try: f.write(b'x')
    except OSError as e: print(e)
    try: f.seek(0, 3)
    except ValueError as e: print(e)
    try: f.seek(-1)
    except (ValueError, OSError) as e: print(type(e).__name__, e.strerror)
    print(f.seek(100), f.read(), f.tell())
with open(B, 'ab') as f:
    print(f, f.mode, f.tell(), f.write(b'end'), f.tell())
with open(B, 'r+b') as f:
    print(f, f.mode, f.read(5), f.seek(0), f.write(b'HE'), f.read(3), f.tell())
with open(B, 'rb') as f:
    print(f.read())
with open(B, 'w+b') as f:
    print(f, f.mode, f.read(), f.write(b'abc'), f.seek(0), f.read())
try: open(B, 'rbt')
except ValueError as e: print(e)
try: open(B, 'rb', encoding='utf-8')
except ValueError as e: print(e)
try: open(B, 'rb', newline='')
except ValueError as e: print(e)
try: open(B, 'rb', errors='strict')
except ValueError as e: print(e)
with open(T, 'w') as f:
    print(f, f.write('héllo\nwörld\n'), f.tell())
with open(T) as f:
    print(f, f.readline(), f.tell(), f.read(2), f.tell(), f.seek(0), f.read(3), f.seek(0, 2), f.read())
    try: f.seek(1, 1)
    except OSError as e: print(e)
    try: f.seek(1, 2)
    except OSError as e: print(e)
    print(f.seekable(), f.seek(0, 1), f.tell())
with open(T, 'rb') as f:
    print(f.read())
try: open(B, 'xb')
except FileExistsError as e: print(type(e).__name__, e.strerror, e.filename == B)
try: open('/tmp/snakebox_golden_no/such.bin', 'rb')
except FileNotFoundError as e: print(type(e).__name__, e.strerror, e.filename)
f = open(B, 'rb')
f.close()
try: f.read()
except ValueError as e: print(e)
print(repr(f))

with open(B, 'w+b') as f:
    f.write(b'0123456789')
    print(f.seek(2), f.write(b'ab'), f.tell(), f.seek(0), f.read(), f.truncate(4), f.seek(0, 2), f.tell())
    print(f.seek(8), f.write(b'Z'), f.seek(0), f.read())
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.name == B)
with open(T, 'w+') as f:
    print(f.write('abcdef'), f.seek(0), f.read(2), f.tell(), f.write('XY'), f.seek(0), f.read())
    try: f.seek(-1)
    except ValueError as e: print(e)
    try: f.seek(0, 5)
    except ValueError as e: print(e)
with open(T, 'a+') as f:
    print(f.tell(), f.write('!'), f.seek(0), f.read())
with open(B, 'rb') as f:
    for line in f:
        print(line)
    print(f.read(), f.readline(), type(f).__name__, type(f).__module__)
import_error = None
with open(B, 'rb') as f:
    f.read(1.5)
