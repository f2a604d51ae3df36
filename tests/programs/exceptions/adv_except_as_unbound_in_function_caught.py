# except-as name in a function: UnboundLocalError after the handler, caught
def f(i):
    try:
        if i != 1:
            raise ValueError(i)
    except ValueError as e:
        print("caught", e)
    try:
        print("after", e)
    except UnboundLocalError as n:
        print("no e", n)
for i in range(3):
    f(i)
