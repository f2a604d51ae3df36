# The z option (3.11) turns negative zero results into positive zero for float types.
values = [-0.0, 0.0, -0.001, -0.4, -0.5, -1.0, 0.004, -1e-20]
for x in values:
    print(f"{x:z.0f} {x:z.1f} {x:z.2f} {x:z.2e} {x:zg} {x:z.0%} {x:z} {x:+z.1f} {x: z.1f}")
    print(f"[{x:z>8.1f}] [{x:*<z8.0f}] [{x:z08.2f}] [{x:=+z8.1f}] {x:.1f} {x:.0f}")
for p in range(4):
    print(p, format(-0.00049, "z." + str(p) + "f"), format(-0.00049, "." + str(p) + "f"))
print("%.1f" % -0.04, format(-0.04, "z.1f"), "{:z.1f}".format(-0.04))
