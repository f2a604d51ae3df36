# A key function that raises leaves the list as it was; uncaught, the traceback is CPython's.
def key(v: int) -> int:
    if v == 3:
        raise KeyError(v)
    return -v


def sort_all(xs: list[int]) -> None:
    xs.sort(key=key)


data = [5, 3, 1]
try:
    sort_all(data)
except KeyError as e:
    print("caught", e, data)
words = ["bb", "a", "ccc"]
words.sort(key=len)
print(words)
nums = [4, 2, 9]
sorted_nums = sorted(nums, key=lambda v: -v)
print(sorted_nums, nums)
sort_all(data)
