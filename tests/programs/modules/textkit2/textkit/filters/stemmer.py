SUFFIXES = ["ingly", "edly", "ing", "ed", "ly", "es", "s"]


def stem(w: str) -> str:
    for suf in SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w
