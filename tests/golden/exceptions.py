def parse(text, default):
    try:
        n = int(text)
    except (ValueError, TypeError) as e:
        print("bad:", e)
        return default
    else:
        n += 1
    finally:
        print("parsed", text)
    return n


for word in ["1", "x"]:
    try:
        print(parse(word, 0))
    except Exception:
        raise
