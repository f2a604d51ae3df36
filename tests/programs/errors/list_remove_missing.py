# remove() of a value that is not there raises ValueError.
a = [1, 2, 3, 2]
a.remove(2)
print(a)
a.remove(5)
print("not reached")
