# A try inside a for loop: each iteration handles its own error and the loop keeps going.
data = ["10", "x", "0", "5", "", "-2"]
total = 0
errors = []
for s in data:
    try:
        n = int(s)
        total += 100 // n
        print(s, "ok, total", total)
    except ValueError:
        errors.append("bad " + repr(s))
    except ZeroDivisionError:
        errors.append("zero")
print(total)
print(errors)
