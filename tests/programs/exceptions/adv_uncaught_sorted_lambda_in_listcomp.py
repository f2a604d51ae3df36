# uncaught error in a sorted() key lambda inside a list comprehension
xs = ["a", "bb", ""]
print([sorted(xs, key=lambda s: 1 // len(s)) for _ in range(2)])
