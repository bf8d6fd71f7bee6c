# raise SystemExit (no code): status 0.
print("done")
raise SystemExit
