# KeyError from 35 frames deep unwinding finally clauses, caught at the top
def level(n):
    if n == 0:
        return {"a": 1}["b"]
    try:
        return level(n - 1)
    finally:
        if n % 10 == 0:
            print("unwinding", n)
def top():
    try:
        level(35)
    except KeyError as e:
        print("top caught", repr(e))
        return 1
    return 0
print(top())
