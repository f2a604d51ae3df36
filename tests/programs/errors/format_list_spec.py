# A non-empty spec on a list raises TypeError from object.__format__.
items = [1]
print(format(items, ""), f"{items}", f"{items!s:>5}", "{}".format(items))
print(format(items, ">5"))
