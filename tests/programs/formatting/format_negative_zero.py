# The z option (new in 3.11) turns a negative zero result into a positive zero.
for x in [-0.0, 0.0, -0.001, -0.5, -1.5, 0.004, -1e-9]:
    print(repr(x), format(x, ".1f"), format(x, "z.1f"), format(x, "z.2f"), format(x, "z.0e"), format(x, "z"), format(x, "+z.3%"), format(x, "zg"), format(x, " z.0f"))
