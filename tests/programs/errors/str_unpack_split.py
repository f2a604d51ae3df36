# Unpacking the result of split into too few names raises ValueError.
key, value = "k=v".split("=")
print(key, value)
key, value = "a=b=c".split("=")
print(key, value)
