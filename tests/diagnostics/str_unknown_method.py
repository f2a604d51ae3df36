s = "hello"
print(s.frobnicate())  # error: [unsupported-attribute]
