# pass in every position where a block is required.
def nothing():
    pass


def nothing_then_value(x):
    if x > 0:
        pass
    else:
        pass
    return x * 2


nothing()
print(nothing_then_value(4))
for i in range(3):
    pass
print(i)
k = 0
while k < 3:
    k = k + 1
    pass
print(k)
if k == 3:
    pass
elif k == 4:
    pass
else:
    pass
print(nothing())
