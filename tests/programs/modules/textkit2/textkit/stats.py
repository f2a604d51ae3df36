from collections import Counter
from .tokens import words, sentences
from .filters import remove_stop, stem

calls = 0


def summarize(text: str, top: int = 5) -> dict[str, str]:
    global calls
    calls += 1
    ws = words(text)
    ss = sentences(text)
    content = [stem(w) for w in remove_stop(ws, ["it"])]
    common = Counter(content).most_common(top)
    return {
        "words": str(len(ws)),
        "sentences": str(len(ss)),
        "avg_sentence": f"{len(ws) / max(1, len(ss)):.2f}",
        "top": ", ".join(f"{w}({n})" for w, n in common),
        "longest": max(ws, key=len) if ws else "",
    }
