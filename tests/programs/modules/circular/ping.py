import pong

print("ping loaded")


def ping(n):
    if n == 0:
        return "ping"
    return pong.pong(n - 1)
