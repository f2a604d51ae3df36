# variables bound in try at module level and in functions with continue in except and finally
for s in ["1", "x"]:
    try:
        v = int(s)
    except ValueError:
        continue
    finally:
        print("fin", s)
    print(v)
def f():
    for s in ["x", "1"]:
        try:
            w = int(s)
        except ValueError:
            pass
        print(w)
f()
