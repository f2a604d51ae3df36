# Variant of packages/textkit: the stem() function lives in filters/stemmer.py (not filters/stem.py).
import textkit
import textkit.stats
from textkit.filters import stem, PIPELINE_NAME
from textkit.filters.stop import remove_stop
from textkit import tokens as tk

DOCS = [
    "The cat sat on the mat. The cats were sitting happily! Is it raining? It rained yesterday.",
    "Compilers translate programs. A compiler parses, checks and translates; it emits code. Testing compilers is testing everything",
    "",
]
print("pipeline:", PIPELINE_NAME, "stop words:", sorted(textkit.DEFAULT_STOP))
for i, doc in enumerate(DOCS):
    summary = textkit.stats.summarize(doc, top=4)
    print(f"doc {i}:")
    for k, v in summary.items():
        print(f"  {k:<13}{v}")
print("calls:", textkit.stats.calls)
print([stem(w) for w in ["jumping", "jumped", "quickly", "boxes", "is", "sing", "repeatedly"]])
print(remove_stop(textkit.words("To be or not to be, that is the question"), ["be"]))
print(tk.sentences("No terminator here"), tk.sentences("A. B! C?"), textkit.sentences("...")[:2])
print(textkit.words is tk.words, __name__, textkit.stats.__name__, tk.__name__)
