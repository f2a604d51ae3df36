# Width and precision count code points, not bytes or terminal columns.
samples = ["e\u0301", "\u00e9", "한국어", "a\u200bb", "👨‍👩‍👧", "ﬁ", "Ⅻ", "\U0001d54f\U0001d55a"]
for s in samples:
    print(len(s), f"[{s:6}] [{s:>6}] [{s:^7}] [{s:.1}] [{s:_<5.2}]", ascii(s))
    print("[%6s] [%-6s] [%.1s]" % (s, s, s), "[{:>6}] [{:.2}]".format(s, s))
    print("[" + s.center(7, "*") + "] [" + s.ljust(5, "~") + "] [" + format(s, "~<5") + "]")
for fill in ["é", "한", "😀", "\u00a0"]:
    print(f"[{7:{fill}^7}] [{-2.5:{fill}=9.2f}] [{'ok':{fill}>6}]")
