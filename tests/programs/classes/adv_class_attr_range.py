# a range as a class attribute, read through the class and an instance
class H:
    r = range(3)
print(list(H.r), sum(H().r))
