# uncaught ZeroDivisionError inside a sorted() key lambda shows the <lambda> frame
xs = ["b", "a", "c1"]
print(sorted(xs, key=lambda s: len(s) // (len(s) - 1)))
