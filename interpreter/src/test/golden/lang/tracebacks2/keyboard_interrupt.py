def loop():
    raise KeyboardInterrupt

print('start')
loop()
