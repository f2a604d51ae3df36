# Sign options (+, -, space) and the alternate form # across ints and floats.
for v in [0, 7, -7, 123456]:
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:+8}] [{v: 8}] [{v:<+8}] [{v:^ 8}] [{v:=+8}] [{v:+08}] [{v: 08}]")
    print(f"[{v:+#x}] [{v: #o}] [{v:-#b}] [{v:+#10X}] [{v:#010x}] [{v: ,}] [{v:+_}]")
for x in [0.0, -0.0, 2.0, -2.5, 1e20, 0.1]:
    print(f"[{x:+}] [{x: }] [{x:-}] [{x:+.1f}] [{x: .1e}] [{x:+g}] [{x: 10.2f}] [{x:+010.2f}]")
    print(f"[{x:#.0f}] [{x:#.0e}] [{x:#g}] [{x:#.2g}] [{x:#G}] [{x:#}] [{x:#10.0f}] [{x:#.0%}]")
