print(reversed("abc"))  # error: [unsupported-call]
