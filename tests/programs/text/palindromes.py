# Palindromes: sentence checks, longest palindromic substring, palindromic numbers.


def clean(s: str) -> str:
    return "".join(c.lower() for c in s if c.isalnum())


def is_pal(s: str) -> bool:
    c = clean(s)
    return c == c[::-1]


def longest_pal(s: str) -> str:
    best = ""
    for center in range(2 * len(s) - 1):
        lo = center // 2
        hi = lo + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        cand = s[lo + 1:hi]
        if len(cand) > len(best):
            best = cand
    return best


SENTENCES = [
    "A man, a plan, a canal: Panama",
    "Was it a car or a cat I saw?",
    "No 'x' in Nixon",
    "Hello, world",
    "Able was I ere I saw Elba",
    "",
    "Ésope reste ici et se repose",
]
for s in SENTENCES:
    print(f"{s!r:<35} {is_pal(s)}")

for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
    print(s, "->", longest_pal(s))

pal_nums = [n for n in range(10, 1000) if str(n) == str(n)[::-1]]
print(len(pal_nums), pal_nums[:10], pal_nums[-3:])
# Lychrel-style: reverse and add until palindrome
for start in (56, 57, 59, 89, 10):
    n = start
    steps = 0
    while str(n) != str(n)[::-1]:
        n += int(str(n)[::-1])
        steps += 1
    print(f"{start}: {steps} steps -> {n}")
print(sum(1 for w in "level radar kayak python rotor stats noon moon".split() if w == w[::-1]))
