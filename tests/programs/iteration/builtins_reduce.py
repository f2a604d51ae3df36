# sum/any/all/len/min/max over containers.
nums = [4, 8, 15, 16, 23, 42]
print(sum(nums), sum(nums, 100), sum([0.5, 0.25]))
print(sum((1, 2, 3)), sum(range(101)), sum({1, 2, 3}))
print(any([0, 0, 0]), all([1, 1]), any([0, 0, 1]), all([1, 2, 0]), any(["", "a"]), all(["a", ""]))
print(len(nums), len("abc"), len((1,)), len({"a": 1}), len({5}))
print(min(3, 1, 2), max(3, 1, 2), min("b", "a"), max(2.5, 1.0))
print(sum([True, True, False]))
