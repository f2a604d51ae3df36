# Count vowels/consonants per line and report with aligned columns.
POEM = """Tyger Tyger, burning bright,
In the forests of the night;
What immortal hand or eye,
Could frame thy fearful symmetry?

In what distant deeps or skies.
Burnt the fire of thine eyes?
Rhythm myths: crwth, cwm, psst!
Naïve café façade — ÆON"""

VOWELS = set("aeiouAEIOU")
totals = {"vowels": 0, "consonants": 0, "other": 0}
print(f"{'#':>2}  {'vow':>3} {'con':>3} {'oth':>3}  {'ratio':>6}  text")
for i, line in enumerate(POEM.split("\n"), start=1):
    v = sum(1 for c in line if c in VOWELS)
    k = sum(1 for c in line if c.isalpha() and c not in VOWELS)
    o = len(line) - v - k
    totals["vowels"] += v
    totals["consonants"] += k
    totals["other"] += o
    ratio = f"{v / (v + k):.3f}" if v + k else "  n/a"
    print(f"{i:>2}  {v:>3} {k:>3} {o:>3}  {ratio:>6}  {line[:24]}")
print(totals)
letters = [c.lower() for c in POEM if c.isalpha()]
freq: dict[str, int] = {}
for c in letters:
    freq[c] = freq.get(c, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(" ".join(f"{c}={n}" for c, n in top))
no_vowel_words = sorted({w.strip(",.;:?!").lower() for w in POEM.split() if not any(ch in VOWELS for ch in w) and any(ch.isalpha() for ch in w)})
print("words without aeiou:", no_vowel_words)
print("y-count:", POEM.lower().count("y"), "first y at", POEM.lower().find("y"), "last at", POEM.lower().rfind("y"))
print([w for w in POEM.split() if not w.isascii()])
