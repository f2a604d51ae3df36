# Comparisons of containers of strings, nested lists, dicts, sets with ints.
print(["apple"] < ["apples"], ["b"] > ["a", "z"], ["a", "b"] == ["a", "b"])
print([[1, 2], [3]] == [[1, 2], [3]], [[1, 2], [3]] < [[1, 2], [3, 0]])
print({"a": [1, 2]} == {"a": [1, 2]}, {"a": [1, 2]} != {"a": [2, 1]})
print({1, 2, 3} > {1, 2}, {1, 2} < {1, 3}, {1, 2} <= {1, 2})
print((1, 2) < (1, 2), (1, 2) <= (1, 2), (1, 3) > (1, 2))
x = [[3], [4, 5]]
print(x == [[3], [4, 5]], x < [[3], [4, 6]], x > [[2, 9]])
print([1.0, 2.0] < [1.0, float("inf")], [float("nan")] == [float("nan")])
print([True, False] < [True, True], [False] == [0 == 1])
