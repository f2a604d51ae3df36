# A seeded Monte Carlo simulation and a shuffled deck: CPython's exact numbers.
import math
import random

random.seed(2024)
inside = 0
for _ in range(20000):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi ~", 4 * inside / 20000)

deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for hand in hands:
    print(" ".join(sorted(hand)))

walk = 0
steps = []
for _ in range(30):
    walk += random.choice([-1, 1])
    steps.append(walk)
print(steps)

samples = [random.gauss(100, 15) for _ in range(1000)]
mean = sum(samples) / len(samples)
var = sum((s - mean) ** 2 for s in samples) / (len(samples) - 1)
print(round(mean, 6), round(math.sqrt(var), 6))
print(sorted(random.sample(range(1, 50), 6)))
colors = random.choices(["red", "green", "blue"], weights=[5, 3, 2], k=12)
print(colors, {c: colors.count(c) for c in ["red", "green", "blue"]})
print(random.randrange(1, 1000, 2), random.uniform(-1, 1), random.expovariate(2.0))
