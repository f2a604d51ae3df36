# A width too large for the format machinery raises ValueError.
w = 10
print(f"[{1:{w}}]")
w = 10**20
print(f"[{1:{w}}]")
