# SystemExit ends the program with its code and no traceback.
print("exiting")
raise SystemExit(3)
