import mods.ping as ping

started = "pong started"


def pong(n):
    if n == 0:
        return "pong done"
    return ping.ping(n - 1)
