# Formatting a huge int with a float type converts it to float and overflows.
n = 10**308
print(f"{n:.2e}")
n = n * 10
print(f"{n:.2e}")
