# exit() and quit(): SystemExit with the given code.
print(repr(exit), repr(quit), str(exit))
try:
    exit()
except SystemExit as e:
    print("exit()", e.code, e.args)
try:
    quit(4)
except SystemExit as e:
    print("quit(4)", e.code, e.args)
try:
    exit("text")
except SystemExit as e:
    print("exit('text')", repr(e.code))
exit(5)
