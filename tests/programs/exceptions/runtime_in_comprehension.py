# Runtime errors inside comprehensions propagate out to the enclosing try; the assignment target keeps its old value.
def inv(x):
    return 100 // x


nums = [5, 2, 0, 4]
result = [1]
try:
    result = [inv(x) for x in nums]
except ZeroDivisionError as e:
    print("list comp:", e)
print(result)
try:
    result = [10 // x for x in nums if x != 0]
    print("filtered ok:", result)
    result = [[1, 2][x] for x in range(5)]
except IndexError as e:
    print("index in comp:", e)
print(result)
words = ["1", "2", "three"]
table = {"z": 0}
try:
    table = {w: int(w) for w in words}
except ValueError as e:
    print("dict comp:", e)
print(table)
seen = {0}
try:
    seen = {int(w) * 2 for w in words}
except ValueError as e:
    print("set comp:", e)
print(seen)
try:
    print(sum([len(w) // (len(w) - 1) for w in ["ab", "abc", "a"]]))
except ZeroDivisionError as e:
    print("inside sum:", e)
