# A failing method call written on a continuation line is reported on the line of its name.
s = "abc"
xs = [1]
print(xs
      .pop())
try:
    print(s
          .upper()
          .index("z"))
except ValueError as e:
    print("caught", e)
y = (xs
     .pop())
