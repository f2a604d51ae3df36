# user exceptions steering loops: continue from a handler, break from a handler, finally each round
class Skip(Exception):
    pass


class Halt(Exception):
    pass


def inspect(n):
    if n % 3 == 0:
        raise Skip("skip " + str(n))
    if n > 10:
        raise Halt("halt at " + str(n))
    return n


total = 0
rounds = 0
for n in range(1, 20):
    try:
        v = inspect(n)
    except Skip as e:
        print(e)
        continue
    except Halt as e:
        print(e)
        break
    finally:
        rounds += 1
    total += v
print("total", total, "rounds", rounds)
