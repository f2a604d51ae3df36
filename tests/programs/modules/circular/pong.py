import ping

print("pong loaded")


def pong(n):
    if n == 0:
        return "pong"
    return ping.ping(n - 1)
