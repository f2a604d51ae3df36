# Unbounded mutual recursion also ends in RecursionError.
def ping(n):
    return pong(n + 1) + 1


def pong(n):
    return ping(n + 1) + 1


print("ping-pong")
print(ping(0))
