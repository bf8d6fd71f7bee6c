# Imported several times by the programs: its body must run once per run.
print("counter body runs as", __name__)
loads = 1
total = 0


def bump(n=1):
    global total
    total += n
    return total
