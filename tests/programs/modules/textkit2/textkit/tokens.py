PUNCT = ".,;:!?\"'()"


def words(text: str) -> list[str]:
    out: list[str] = []
    for raw in text.split():
        w = raw.strip(PUNCT).lower()
        if w:
            out.append(w)
    return out


def sentences(text: str) -> list[str]:
    result: list[str] = []
    cur = ""
    for ch in text:
        cur += ch
        if ch in ".!?":
            s = cur.strip()
            if s:
                result.append(s)
            cur = ""
    if cur.strip():
        result.append(cur.strip())
    return result
