def counter(start):
    count = start

    def step(by):
        nonlocal count
        count += by
        return count

    return step


tick = counter(10)
tick(1)
print(tick(2))
