# try/except at module level and in functions that update module variables through "global".
errors = 0
processed = 0


def process(s):
    global errors, processed
    try:
        v = int(s)
        processed += 1
        return v
    except ValueError:
        errors += 1
        return 0


vals = [process(s) for s in ["1", "a", "3", "", "5"]]
print(vals, processed, errors)
r = 0
try:
    r = 100 // processed
    print("ratio", r)
    r = 100 // (errors - 2)
    print("not reached")
except ZeroDivisionError as e:
    print("module level:", e)
print("r is", r)
