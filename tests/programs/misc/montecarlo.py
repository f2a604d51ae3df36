# Seeded random: Monte Carlo pi, dice stats, shuffling, sampling, weighted choices, random walk.
import random
import math

random.seed(12345)
inside = 0
N = 20000
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
est = 4 * inside / N
print(f"pi ~ {est:.4f} (err {abs(est - math.pi):.4f})")

rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(3000)]
hist = [rolls.count(s) for s in range(2, 13)]
for s, c in zip(range(2, 13), hist):
    print(f"{s:>2} {c:>4} {'#' * (c // 20)}")

deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:7])
print(random.sample(range(100), 5), random.sample(deck, 3))
print(random.choice(["rock", "paper", "scissors"]), random.choice("xyz"))
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=10))
print(random.randrange(0, 100, 7), random.uniform(1.0, 2.0))
print(round(random.gauss(0.0, 1.0), 6), round(random.expovariate(2.0), 6))
print(random.getrandbits(64))

random.seed(7)
pos = 0
maxpos = 0
for step in range(1000):
    pos += 1 if random.random() < 0.5 else -1
    maxpos = max(maxpos, pos)
print("walk:", pos, maxpos)
state_a = [random.random() for _ in range(3)]
random.seed(7)
for _ in range(1000):
    random.random()
state_b = [random.random() for _ in range(3)]
print(state_a == state_b, state_a[0])
random.seed("kiln" == "kiln")
print(random.random())
