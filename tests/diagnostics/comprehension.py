n = 10
squares = [i * i for i in range(n)]  # error: [unsupported-comprehension]
print(n)
