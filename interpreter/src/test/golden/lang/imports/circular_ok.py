# Two modules that import each other: fine while they only use each other later.
import sys
import mods.ping
print(mods.ping.ping(3), mods.ping.ping(4))
print(mods.ping.early)
print(mods.ping.pong is sys.modules["mods.pong"], mods.ping.pong.ping is mods.ping)
import mods.pong
print(mods.pong.pong(2))
