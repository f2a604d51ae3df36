# Anagram grouping (variant of anagrams.py: signature is a str instead of tuple(list)).
from collections import defaultdict

WORDS = """listen silent enlist inlets google elgoog banana tinsel rat tar art
star tars rats arts evil vile live veil levi stone tones notes onset seton
apple papel appel dusty study night thing below elbow state taste""".split()

groups: defaultdict[str, list[str]] = defaultdict(list)
for w in WORDS:
    groups["".join(sorted(w))].append(w)

multi = {k: v for k, v in groups.items() if len(v) > 1}
for key in sorted(multi, key=lambda k: (-len(multi[k]), k)):
    print(f"{key:<8} {len(multi[key])} {', '.join(sorted(multi[key]))}")
singles = sorted(v[0] for v in groups.values() if len(v) == 1)
print("singles:", singles)


def sig(w: str) -> str:
    counts = [0] * 26
    for c in w.lower():
        if "a" <= c <= "z":
            counts[ord(c) - 97] += 1
    return ",".join(str(c) for c in counts)


def is_anagram(a: str, b: str) -> bool:
    return sig(a) == sig(b)


pairs = [("Dormitory", "dirty room"), ("The eyes", "They see"), ("Astronomer", "Moon starer"), ("hello", "world")]
for a, b in pairs:
    print(f"{a!r} ~ {b!r}: {is_anagram(a, b)}")
by_sig: dict[str, int] = {}
for w in WORDS:
    s = sig(w)
    by_sig[s] = by_sig.get(s, 0) + 1
print(max(by_sig.values()), len(by_sig))
print(sorted(groups["aelpp"]))
