# except-as name at module level is unbound after the handler on every loop iteration
for i in range(3):
    try:
        if i != 1:
            raise ValueError(i)
    except ValueError as e:
        print("caught", e)
    try:
        print("after", e)
    except NameError as n:
        print("no e", n)
