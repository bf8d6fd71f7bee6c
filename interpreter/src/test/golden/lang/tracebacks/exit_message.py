# SystemExit with a message prints it to stderr and exits with 1.
def main():
    print("working")
    exit("fatal: nothing to do")

main()
