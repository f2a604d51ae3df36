# `*args` parameters are compiled; unpacking a list into a call is refused (kiln must know how many arguments it passes).
def total(*args):
    return sum(args)


nums = [1, 2, 3]
print(total(*nums))  # error: [unsupported-operation]
