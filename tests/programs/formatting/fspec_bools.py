# bool formatting: an empty spec gives True/False, numeric specs treat it as 0 or 1.
for b in [True, False]:
    print(f"{b} [{b:}] [{b!s}] [{b!r}] [{b:d}] [{b:5}] [{b:<5}] [{b:>6d}] [{b:^7}]")
    print(f"{b:b} {b:o} {b:x} {b:#X} {b:+d} {b:03d} {b:.2f} {b:e} {b:%} {b:g} {b:c}|")
    print(format(b, ""), format(b, "d"), format(b, ">4"), str(b), repr(b), ascii(b))
flags = [True, False, True]
print(f"{flags} {flags!r} {sum(flags):d}")
print("%s %r %d %i %5.1f %x" % (True, False, True, False, True, True))
print("{} {!r} {:d} {:>6} {:08.3f}".format(True, False, True, False, True))
