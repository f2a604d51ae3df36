# type(e).__name__ and isinstance on caught runtime and raised exceptions
def kind(code):
    try:
        if code == 0:
            return [1][2]
        if code == 1:
            return {"a": 1}["b"]
        if code == 2:
            return 1 // 0
        if code == 3:
            return int("x")
        if code == 4:
            raise NotImplementedError
        if code == 5:
            raise KeyboardInterrupt("k")
        return 0
    except BaseException as e:
        print(type(e).__name__, isinstance(e, LookupError), isinstance(e, (ArithmeticError, ValueError)), isinstance(e, Exception))
        print(type(e))
        return -1
for c in range(7):
    print(kind(c))
