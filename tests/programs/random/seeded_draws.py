import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 7), random.randrange(50, 0, -3))
print(random.randrange(10**30), random.getrandbits(1), random.getrandbits(32), random.getrandbits(100))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.choice(xs), random.choice("hello"), random.choice(range(1000, 2000)), random.choice(["a", "b", "c"]))
print(random.sample(xs, 5), random.sample(range(100), 10), random.sample(range(10**6), k=8))
print(random.sample(list(range(1000)), 30))
print(random.uniform(1, 10), random.uniform(2.5, -1.0), random.gauss(0, 1), random.gauss(10, 2), random.gauss())
print(random.normalvariate(5, 1), random.expovariate(0.5))
print(random.choices(["r", "g", "b"], k=10), random.choices(["x", "y"], [1, 3], k=6), random.choices([1, 2, 3], weights=[0.5, 0.25, 0.25], k=5))
print(random.choices(["only"]))
random.seed(12345678901234567890)
print(random.random())
random.seed(-7)
print(random.random())
random.seed(0)
print(random.random())
random.seed(3.0)
print(random.random())
random.seed(2.5)
print(random.random())
random.seed(True)
print(random.random())
total = 0
for i in range(10000):
    total += random.randint(0, 100)
print(total)
for bad in range(5):
    try:
        if bad == 0:
            random.randrange(0)
        elif bad == 1:
            random.randint(5, 1)
        elif bad == 2:
            random.choice([])
        elif bad == 3:
            random.sample([1, 2], 3)
        else:
            random.randrange(0, 10, 0)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
random.seed()
r = random.random()
print(0 <= r < 1)
