import sys
print('before exit')
try:
    1 / 0
except ZeroDivisionError:
    sys.exit('fatal: division')
