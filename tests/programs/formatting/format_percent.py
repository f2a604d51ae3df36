# The % presentation type multiplies by 100 and appends a percent sign.
for x in [0.0, 0.25, 1.0, -0.125, 0.3333333333, 1.5, 12.3456, 1e-5, 2.675e-3]:
    print(format(x, "%"), format(x, ".0%"), format(x, ".1%"), format(x, "8.2%") + "|", format(x, "+.3%"))
for n in [0, 1, 3, -2]:
    print(format(n, "%"), format(n, ".1%"))
print(format(float("inf"), "%"), format(float("nan"), ".1%"))
done = 7
total = 9
print("progress: " + format(done / total, ".1%"))
