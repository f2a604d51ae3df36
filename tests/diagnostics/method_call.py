s = "hello"
print(s.upper())  # error: [unsupported-attribute]
