# Float division by zero raises instead of giving inf.
a = 1.0
b = 0.0
print("1e308 * 10 gives", 1e308 * 10, "without error")
print(a / b)
