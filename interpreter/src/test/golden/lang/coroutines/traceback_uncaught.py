# An uncaught exception raised three awaits deep, surfacing through a hand-written driver.
class Tick:
    def __await__(self):
        yield

async def read_config(name):
    await Tick()
    settings = {"host": "localhost"}
    return settings[name]

async def connect():
    host = await read_config("host")
    port = await read_config("port")
    return host, port

async def main():
    print("connecting")
    return await connect()

def drive(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

drive(main())
