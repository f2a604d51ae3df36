# a global counter updated in try, except and finally of a function
count = 0
errors = []
def record(msg):
    global count
    try:
        if not msg:
            raise ValueError("empty")
        count += len(msg)
    except ValueError as e:
        errors.append(str(e))
        count -= 1
    finally:
        count *= 2
for m in ["ab", "", "c"]:
    record(m)
print(count, errors)
