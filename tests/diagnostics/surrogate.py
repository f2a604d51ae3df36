s = "ok"
t = "\ud83d"  # error: [unsupported-surrogate]
print(s, t)
