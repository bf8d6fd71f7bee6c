from __future__ import annotations
import os
if x:
    import sys
x: os.path = 1
a.b: int
a[1]: int = 2
os.getcwd()
sys.exit()
from a import b
b.c()
