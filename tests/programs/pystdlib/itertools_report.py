# A small report over sales records with itertools: group by region, running totals,
# the first records over a threshold, and batches.
from itertools import accumulate, groupby, islice, zip_longest

records = [
    ("east", "apples", 12),
    ("east", "pears", 7),
    ("north", "apples", 3),
    ("north", "plums", 30),
    ("north", "pears", 1),
    ("south", "figs", 14),
    ("west", "apples", 9),
    ("west", "figs", 22),
]

for region, rows in groupby(records, key=lambda r: r[0]):
    total = sum(r[2] for r in rows)
    print(f"{region:<6}{total:>4}")

amounts = [r[2] for r in records]
print("running:", list(accumulate(amounts)))
print("max so far:", list(accumulate(amounts, max)))
big = (r[1] for r in records if r[2] > 10)
print("first two big:", list(islice(big, 2)))


def batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


for i, batch in enumerate(batches(amounts, 3)):
    print(i, batch)

left = [r[2] for r in records if r[0] == "north"]
right = [r[2] for r in records if r[0] == "west"]
for a, b in zip_longest(left, right, fillvalue=0):
    print(a, b, a - b)
