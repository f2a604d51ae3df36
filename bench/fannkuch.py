# Benchmark: fannkuch-redux from the Computer Language Benchmarks Game
# (small lists: slicing, slice assignment, indexing, swaps).
#
# For every permutation of 0..n-1 (generated incrementally, in the order
# the Benchmarks Game uses), count the pancake flips needed until 0 comes
# first: each flip reverses the first k + 1 items, where k is the first
# item.  Prints the checksum (flip counts summed with alternating signs)
# and the maximum number of flips.
#
# Size: n = 10 (3,628,800 permutations).

N = 10


def fannkuch(n):
    max_flips = 0
    checksum = 0
    sign = 1
    perm1 = list(range(n))
    count = list(range(n))
    while True:
        k = perm1[0]
        if k:
            perm = perm1[:]
            flips = 1
            kk = perm[k]
            while kk:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = kk
                kk = perm[kk]
            max_flips = max(max_flips, flips)
            checksum += sign * flips
        # the next permutation
        if sign == 1:
            perm1[0], perm1[1] = perm1[1], perm1[0]
            sign = -1
        else:
            perm1[1], perm1[2] = perm1[2], perm1[1]
            sign = 1
            for r in range(2, n - 1):
                if count[r]:
                    break
                count[r] = r
                first = perm1[0]
                perm1[:r + 1] = perm1[1:r + 2]
                perm1[r + 1] = first
            else:
                r = n - 1
                if not count[r]:
                    break  # that was the last permutation
            count[r] -= 1
    return checksum, max_flips


checksum, max_flips = fannkuch(N)
print(checksum)
print(f"Pfannkuchen({N}) = {max_flips}")
