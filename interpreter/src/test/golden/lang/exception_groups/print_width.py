# An uncaught group with more than 15 members: "and N more exceptions".
errors = [ValueError(f"error number {i}") for i in range(20)]
print(len(errors))
raise ExceptionGroup("too many", errors)
