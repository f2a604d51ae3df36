# Slicing with start/stop/step, negatives and out-of-range bounds.
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3])
print(a[::2], a[1::2], a[::-1], a[::-2], a[8:2:-1], a[8:2:-3])
print(a[-100:100], a[5:2], a[100:], a[:-100], a[3:3])
print(a[-2:-8:-2], a[2:-2:3], a[::3], a[::-4])
print(a[1:9][2:5][::-1])
b = a[:]
b[0] = 100
print(a[0], b[0], a == b, a[1:] == b[1:])
for step in [1, 2, 3, -1, -3]:
    print(step, a[::step], a[2:8:step], a[8:2:step])
n = len(a)
print(a[n // 2:], a[:n // 2])
