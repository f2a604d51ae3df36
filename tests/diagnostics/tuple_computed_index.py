t = (1, "a")
i = 0
print(t[i])  # error: [unsupported-operation]
