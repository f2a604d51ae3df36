a = 1
print("{} {}".format(a))  # error: [format-error]
