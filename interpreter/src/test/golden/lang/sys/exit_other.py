# A SystemExit code that is neither None nor an int: printed to stderr (str of it), status 1.
import sys
print("exit with a list")
sys.exit([1, "two", 3.0])
