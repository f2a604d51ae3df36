# Integer presentation types b c d o x X n with widths, fill and the # alternate form.
values = [0, 1, 7, 10, 255, 4096, -1, -255, 65535, 2**31 - 1]
for v in values:
    print(f"{v:d}|{v:b}|{v:o}|{v:x}|{v:X}|{v:n}")
    print(f"{v:#b}|{v:#o}|{v:#x}|{v:#X}|{v:#d}")
    print(f"[{v:>12b}] [{v:<#10x}] [{v:^#12o}] [{v:*>10X}] [{v:0=#12x}]")
    print(f"[{v:+d}] [{v: d}] [{v:-d}] [{v:+#x}] [{v: #o}] [{v:+012b}]")
for code in [65, 97, 48, 8364, 955, 128512, 32, 10004]:
    print(f"[{code:c}] [{code:>4c}] [{code:_<3c}] [{code:^5c}]")
print(f"{-0:x} {-0:#b} {0:#X} {0:#o} {-5:#o} {-5:#b}")
width = 6
for v in [3, -3, 300]:
    print(f"|{v:0{width}d}|{v:0{width}x}|{v:#0{width}x}|{v:#0{width}b}|")
