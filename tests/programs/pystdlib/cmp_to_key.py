from functools import cmp_to_key


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    if a < b:
        return 1
    if a > b:
        return -1
    return 0


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
words.sort(key=cmp_to_key(lambda a, b: (a > b) - (a < b)))
print(words)
print(max(words, key=cmp_to_key(by_length_then_reverse)))
