# while True loops whose only exits are return in try, break in except, with continue and finally
def first_int(vals):
    i = 0
    while True:
        try:
            return int(vals[i])
        except ValueError:
            i += 1
print(first_int(["a", "b", "42", "7"]))
try:
    first_int(["a"])
except IndexError as e:
    print("exhausted:", e)
def retry(n):
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < n:
                raise RuntimeError("attempt " + str(attempts))
            return attempts
        except RuntimeError as e:
            print("retrying after", e)
            continue
        finally:
            print("end of attempt", attempts)
print(retry(3))
def forever():
    while True:
        try:
            raise ValueError("v")
        except ValueError:
            break
        finally:
            print("fin")
    return "out"
print(forever())
first_int(["x", "y"])
