# one exception object raised and caught three times in a loop, then uncaught
e = ValueError("shared")
for i in range(3):
    try:
        raise e
    except ValueError as x:
        print(i, x)
raise e
