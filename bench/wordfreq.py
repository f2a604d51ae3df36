# Benchmark: word frequencies (str building, str.split, dict[str, int]
# counting, sorting with a key function).
#
# A deterministic text is generated first: a linear congruential generator
# builds a vocabulary of 400 words of 2-4 syllables (some repeat, so there
# are fewer distinct words), then fills 400,000 lines of 12 words each,
# choosing word rand(1 + rand(400)) so that low-numbered words are the most
# frequent.  The text (about 4.8 million words, some 35 MB) is split on
# whitespace, the words are counted in a dict, and the 20 most frequent are
# printed, ties broken alphabetically.

SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "su", "vo", "ne",
             "pi", "dal", "or", "ex", "qua", "bri", "fu", "zen"]
VOCAB = 400
LINES = 400000
WORDS_PER_LINE = 12

seed = 12345


def rand(n):
    """A number in range(n) from a 31-bit LCG (its low bits are poor, so use the high ones)."""
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 16) % n


def make_word():
    word = ""
    for i in range(2 + rand(3)):
        word += SYLLABLES[rand(len(SYLLABLES))]
    return word


def make_text():
    vocab = [make_word() for i in range(VOCAB)]
    lines = []
    for i in range(LINES):
        words = [vocab[rand(1 + rand(VOCAB))] for j in range(WORDS_PER_LINE)]
        lines.append(" ".join(words))
    return "\n".join(lines) + "\n"


def by_count(item):
    return (-item[1], item[0])


def main():
    text = make_text()
    words = text.split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1

    print(f"{len(text)} characters, {len(words)} words, {len(counts)} distinct")
    for word, n in sorted(counts.items(), key=by_count)[:20]:
        print(str(n).rjust(7), word)


main()
