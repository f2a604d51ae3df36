# Arithmetic near the top of the 64-bit range (all values stay below 2**63).
big = 9223372036854775807
print(big, -big)
print(big // 2, big % 2, big // 3, big % 1000)
print(big - 1, big - big, (big - 1) // 2 + (big - 1) // 2)
half = 4611686018427387904
print(half, half - 1 + half, (half - 1) * 2 + 1 - half)
print(3037000499 * 3037000499)
print(-3037000499 * 3037000499)
print(1000000007 * 1000000009)
print(big // -1, -big // -1)
print(big > half, -big < -half, big == 9223372036854775807)
k = 1
steps = 0
while k < 1000000000000000000:
    k = k * 10
    steps = steps + 1
print(k, steps, k * 9, k * 9 + 223372036854775807)
