def f(x):
    if x:
        return x * 2
    return None


b = f(0)
print("[%s]" % b)  # error: [unsupported-operation]
