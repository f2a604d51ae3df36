# Ordering containers: lexicographic, with an empty display taking the other side's type.
print([] < [0], [0] > [], [] <= [], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print((1, 2) < (1, 3), (1, 2) <= (1, 2), (2, "a") > (1, "b"), ("a", 1) < ("a", 2))
print(["b"] < ["a", "z"], [[1], [2]] < [[1], [3]], [1.5] < [2.5])
words = [["b", "a"], ["a", "c"], []]
words.sort()
print(words, max(words), min(words))
