# uncaught IndexError in the second part of an implicitly concatenated multi-line f-string
xs = [1, 2]
print(f"{xs[0]}"
      f"{xs[9]}")
