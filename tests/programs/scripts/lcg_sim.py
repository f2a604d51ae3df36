# A tiny simulation driven by a linear congruential generator: dice and a random walk.
seed = 12345


def next_rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


def roll():
    return next_rand() // 65536 % 6 + 1


def uniform():
    return next_rand() / 2147483648


ones = 0
twos = 0
threes = 0
fours = 0
fives = 0
sixes = 0
for i in range(6000):
    r = roll()
    if r == 1:
        ones += 1
    elif r == 2:
        twos += 1
    elif r == 3:
        threes += 1
    elif r == 4:
        fours += 1
    elif r == 5:
        fives += 1
    else:
        sixes += 1
print("dice:", ones, twos, threes, fours, fives, sixes, ones + twos + threes + fours + fives + sixes)
pos = 0
far = 0
returns = 0
for step in range(10000):
    if uniform() < 0.5:
        pos = pos - 1
    else:
        pos = pos + 1
    if abs(pos) > far:
        far = abs(pos)
    if pos == 0:
        returns += 1
print("walk:", pos, far, returns)
inside = 0
trials = 20000
for i in range(trials):
    x = uniform()
    y = uniform()
    if x * x + y * y < 1.0:
        inside += 1
print("pi estimate:", 4.0 * inside / trials)
print("seed now", seed)
