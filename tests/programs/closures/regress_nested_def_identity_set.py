def make():
    def inner():
        return 1
    return inner
fs = set()
for _ in range(3):
    fs.add(make())
print(len(fs))
