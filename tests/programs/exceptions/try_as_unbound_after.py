# The name bound by "except E as e" is deleted when the handler ends: reading it later at module level is a NameError.
try:
    raise ValueError("temporary")
except ValueError as e:
    print("inside handler:", e)
print("handler finished")
print(e)
