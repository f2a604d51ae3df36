# int() takes its first argument by position only.
print(int("5"))
print(int(x="5"))  # error: [type-error]
