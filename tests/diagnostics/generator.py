def count_up(n):
    i = 0
    while i < n:
        yield i  # error: [unsupported-generator]
        i = i + 1
