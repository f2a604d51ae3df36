# Two modules that import each other, using each other's names only inside functions (the
# case that works in CPython: a module's top level runs when it is first imported).
import ping

print(ping.ping(3))
print(ping.pong.pong(2))
