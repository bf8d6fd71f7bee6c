import sys
print("stops is running; exiting with 7")
try:
    sys.exit(7)
finally:
    print("finally in stops")
