# Pipelines of generators: each stage pulls from the one before, item by item.


def read_lines(text):
    for line in text.split("\n"):
        print("read:", line)
        yield line


def non_empty(lines):
    for line in lines:
        if line.strip():
            yield line.strip()


def words(lines):
    for line in lines:
        for word in line.split():
            yield word.lower()


def numbered(items, start):
    n = start
    for item in items:
        yield f"{n}: {item}"
        n += 1


text = "The quick brown\n\n  fox jumps  \nover the lazy dog\n"
for entry in numbered(words(non_empty(read_lines(text))), 1):
    print(entry)

counts = {}
for w in words(non_empty(read_lines(text))):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))


def naturals():
    n = 1
    while True:
        yield n
        n += 1


def squares(numbers):
    for n in numbers:
        yield n * n


def take(n, items):
    taken = []
    if n == 0:
        return taken
    for item in items:
        taken.append(item)
        if len(taken) == n:
            break
    return taken


print(take(10, squares(naturals())))
print(sum(take(1000, squares(naturals()))))


def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p != 0 for p in found):
            found.append(n)
            yield n


print(take(15, primes()))


def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total


print(list(running_total(range(1, 11))))
print(max(running_total([3, -1, 4, -1, 5])))


def chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


for c in chunks(range(10), 4):
    print(c)
