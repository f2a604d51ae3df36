# Levenshtein distance, spelling suggestions and Soundex codes.


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1]


def soundex(name: str) -> str:
    codes = {}
    for letters, digit in (("bfpv", "1"), ("cgjkqsxz", "2"), ("dt", "3"), ("l", "4"), ("mn", "5"), ("r", "6")):
        for ch in letters:
            codes[ch] = digit
    name = name.lower()
    first = name[0].upper()
    out = first
    last = codes.get(name[0], "")
    for ch in name[1:]:
        d = codes.get(ch, "")
        if d and d != last:
            out += d
        if ch not in "hw":
            last = d
    return (out + "000")[:4]


DICT = ["apple", "apply", "ample", "maple", "angle", "ankle", "application", "happy", "apricot", "grape"]
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("résumé", "resume"), ("intention", "execution")]:
    print(f"{a!r:>12} -> {b!r:<12} {levenshtein(a, b)}")
for typo in ["appel", "aple", "grap", "anlke", "xyz"]:
    ranked = sorted(DICT, key=lambda w: (levenshtein(typo, w), w))
    best = [w for w in ranked if levenshtein(typo, w) <= 2][:3]
    print(f"{typo:<6} suggestions: {best or ['(none)']}")
for n in ["Robert", "Rupert", "Rubin", "Ashcraft", "Ashcroft", "Tymczak", "Pfister", "Honeyman", "Lee"]:
    print(f"{n:<9} {soundex(n)}")
matrix = [[levenshtein(x, y) for y in DICT[:5]] for x in DICT[:5]]
for w, row in zip(DICT[:5], matrix):
    print(f"{w:>6} " + " ".join(f"{d:>2}" for d in row))
