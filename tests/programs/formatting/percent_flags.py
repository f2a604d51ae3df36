# printf flags: - (left), + (sign), space, 0 (zero pad), # (alternate), width and precision.
for n in [0, 5, -5, 12345, -987654]:
    print("[%d] [%5d] [%-5d] [%+d] [% d] [%05d] [%-+7d] [%+07d] [% 07d] [%.3d] [%8.4d]" % (n, n, n, n, n, n, n, n, n, n, n))
for x in [0.0, 1.5, -2.25, 1234.5678, 1e-5, -0.0]:
    print("[%f] [%.2f] [%10.3f] [%-10.1f] [%+.3e] [% .2E] [%05.1f] [%+012.4f] [%#.0f] [%-8g]" % (x, x, x, x, x, x, x, x, x, x))
for s in ["", "ab", "kiln", "naïve"]:
    print("[%s] [%6s] [%-6s] [%.2s] [%6.3s] [%-6.1s] [%r] [%8r]" % (s, s, s, s, s, s, s, s))
for v in [0, 10, 255, -255]:
    print("[%x] [%X] [%#x] [%#X] [%o] [%#o] [%08x] [%-#8o] [%+x] [%#010X]" % (v, v, v, v, v, v, v, v, v, v))
