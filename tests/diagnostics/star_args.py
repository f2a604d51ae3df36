# `*args` parameters are compiled; unpacking an iterable into a call is refused.
def total(*args):
    return sum(args)


nums = [1, 2, 3]
print(total(*nums))  # error: [unsupported-star-args]
