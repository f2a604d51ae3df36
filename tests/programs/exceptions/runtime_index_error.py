# IndexError from list subscripts, including negative indexes and assignment, caught as IndexError and LookupError.
def get(items, i):
    return items[i]


nums = [10, 20, 30]
try:
    print([1][5])
except IndexError as e:
    print("[1][5]:", e)
for i in [0, 2, 3, -3, -4, 100]:
    try:
        print(i, "->", get(nums, i))
    except LookupError as e:
        print(i, "->", repr(e))
try:
    nums[3] = 1
except IndexError as e:
    print("assign:", e)
try:
    t = (1, 2)
    k = 2
    print(t[k])
except IndexError as e:
    print("tuple:", e)
try:
    print("abc"[3])
except IndexError as e:
    print("str:", e)
print(nums)
