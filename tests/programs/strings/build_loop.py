# Building text with loops: a triangle, a diamond and a bar chart.
def row(n, ch):
    return ch * n


for i in range(1, 6):
    print(row(i, "*"))
size = 4
for i in range(-size + 1, size):
    k = i
    if k < 0:
        k = -k
    print(" " * k + "#" * (2 * (size - k) - 1))


def bar(label, value):
    print(label + " |" + "█" * value + " " + str(value))


bar("mon", 3)
bar("tue", 7)
bar("wed", 0)
bar("thu", 12)
line = ""
for c in range(10):
    if c > 0:
        line = line + ","
    line = line + str(c * c)
print(line)
