# repr of tuples.
print((1,), (), (1, 2), ((1,),), ("a",), (1.0, -0.0))
print(str((1, 2)), repr(("x", "y")), len(str((1,))))
print(f"{(1, 2)}", "t=" + str((3,)))
t = ("it's", 'q"q')
print(t)
print([(1, 2), (3, 4)])
print(((), ((),)))
