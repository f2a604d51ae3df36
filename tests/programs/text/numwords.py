# Number to English words, including negatives and big numbers.
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"]


def under_1000(n: int) -> str:
    words: list[str] = []
    h, rest = divmod(n, 100)
    if h:
        words.append(ONES[h] + " hundred")
    if rest >= 20:
        t, o = divmod(rest, 10)
        words.append(TENS[t] + ("-" + ONES[o] if o else ""))
    elif rest or not h:
        words.append(ONES[rest])
    return " ".join(words)


def to_words(n: int) -> str:
    if n < 0:
        return "minus " + to_words(-n)
    if n == 0:
        return "zero"
    groups: list[int] = []
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    if len(groups) > len(SCALES):
        raise OverflowError("number too large to spell")
    parts: list[str] = []
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g:
            parts.append(under_1000(g) + (" " + SCALES[i] if SCALES[i] else ""))
    return ", ".join(parts)


def ordinal(n: int) -> str:
    w = to_words(n)
    irregular = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                 "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
    head, sep, last = w.rpartition(" ")
    for k, v in irregular.items():
        if last.endswith(k):
            return head + sep + last[: -len(k)] + v
    if last.endswith("y"):
        return head + sep + last[:-1] + "ieth"
    return w + "th"


for n in (0, 7, 13, 20, 21, 99, 100, 101, 110, 999, 1000, 1001, 12345, 1000000, -45, 2**40, 10**18 + 7):
    print(f"{n:>22,}: {to_words(n)}")
for n in (1, 2, 3, 4, 5, 8, 9, 12, 20, 21, 42, 100, 1003):
    print(n, ordinal(n))
try:
    to_words(10**21)
except OverflowError as e:
    print("OverflowError:", e)
print(sum(len(to_words(i).replace(" ", "").replace("-", "")) for i in range(1, 1001)))
