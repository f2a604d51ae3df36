# IndexError from pop on an empty list or a bad index, and KeyError from dict.pop of a missing key.
stack = [1, 2]
while True:
    try:
        print("popped", stack.pop())
    except IndexError as e:
        print("stop:", e)
        break
try:
    [].pop()
except IndexError as e:
    print("[].pop():", e)
nums = [5, 6, 7]
try:
    nums.pop(3)
except IndexError as e:
    print("pop(3):", e)
print(nums.pop(-1), nums)
d = {"a": 1}
try:
    d.pop("b")
except KeyError as e:
    print("dict pop:", repr(e))
print(d.pop("a"), d)
