# String specs: fill, alignment, width and precision (truncation), counted in code points.
words = ["", "a", "kiln", "naïve", "日本語", "Ελληνικά", "😀ok", "tab\there", "exactly10!"]
for w in words:
    print(f"[{w:10}] [{w:<10}] [{w:>10}] [{w:^10}] [{w:.3}] [{w:>8.2}] [{w:*^9.4}]")
    print(f"[{w:s}] [{w:_<12s}] [{w:·>7}] [{w:€^11}] [{w:0<6}] [{w:.0}] [{w:1}]")
for fill in ["-", "=", "#", "0", " ", "é", "🙂"]:
    print(f"[{'mid':{fill}^9}] [{'left':{fill}<8}] [{'right':{fill}>8}]")
for width in range(0, 8):
    print(f"{width}: [{'héllo':{width}}] [{'héllo':>{width}}] [{'héllo':^{width}.{width}}]")
title = "Report"
print(f"{title:=^30}")
print(f"{'':-<30}")
