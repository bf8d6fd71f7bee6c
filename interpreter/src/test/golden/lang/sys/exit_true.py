# True is an int: status 1, and nothing printed; output before exit is flushed.
import sys
for i in range(3):
    print("line", i)
sys.exit(True)
