# bisect: grade lookup, sorted insertion, range counting, and a leaderboard.
import bisect

BREAKS = [60, 70, 80, 90]
GRADES = "FDCBA"


def grade(score: int) -> str:
    return GRADES[bisect.bisect(BREAKS, score)]


scores = [33, 99, 77, 70, 89, 90, 100, 60, 59, 0]
print([grade(s) for s in scores])
dist: dict[str, int] = {}
for s in scores:
    dist[grade(s)] = dist.get(grade(s), 0) + 1
print(sorted(dist.items()))

data: list[int] = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(data, x)
print(data)
print(bisect.bisect_left(data, 5), bisect.bisect_right(data, 5), bisect.bisect_left(data, 7), bisect.bisect(data, 100))


def count_range(xs: list[int], lo: int, hi: int) -> int:
    return bisect.bisect_right(xs, hi) - bisect.bisect_left(xs, lo)


print(count_range(data, 2, 5), count_range(data, 6, 8), count_range(data, 10, 20))


def index_of(xs: list[int], x: int) -> int:
    i = bisect.bisect_left(xs, x)
    if i != len(xs) and xs[i] == x:
        return i
    raise ValueError(f"{x} is not in list")


print(index_of(data, 6))
try:
    index_of(data, 7)
except ValueError as e:
    print("ValueError:", e)

board: list[tuple[int, str]] = []
for name, pts in [("ann", 50), ("bob", 75), ("cyd", 50), ("dee", 90), ("eve", 10)]:
    bisect.insort(board, (-pts, name))
print([(n, -p) for p, n in board])
words = sorted(["apple", "banana", "cherry", "date", "fig", "grape"])
print(bisect.bisect_left(words, "c"), bisect.bisect_left(words, "cherry"), words[bisect.bisect(words, "d"):])
recs = [("a", 1), ("b", 3), ("c", 7), ("d", 12)]
print(bisect.bisect_left(recs, 7, key=lambda r: r[1]), bisect.bisect_right(recs, 3, lo=2, key=lambda r: r[1]))
print(bisect.bisect_left(data, 5, 0, 3), bisect.bisect_right(data, 1, hi=1))
