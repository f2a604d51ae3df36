print(divmod("a", 2))  # error: [type-error]
