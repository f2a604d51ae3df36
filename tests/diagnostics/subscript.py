s = "hello"
first = s[0]  # error: [unsupported-subscript]
print(s)
