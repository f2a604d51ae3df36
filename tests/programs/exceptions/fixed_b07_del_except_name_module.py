try:
    raise KeyError("k")
except KeyError as e:
    del e
print("ok")
