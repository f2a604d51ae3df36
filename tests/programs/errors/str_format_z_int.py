# The z option is only for floating point presentation types.
print(format(-0.0, "z"))
print(format(-5, "z"))
