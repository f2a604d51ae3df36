# Asserts inside a loop with try/except/finally: a failed assert skips the rest of the body but finally still runs.
ok = 0
for n in range(6):
    try:
        assert n != 2, "two"
        assert n != 4
        ok += 1
        print("passed", n)
    except AssertionError as e:
        print("failed", n, repr(str(e)))
    finally:
        print("finally", n)
print("ok", ok)
