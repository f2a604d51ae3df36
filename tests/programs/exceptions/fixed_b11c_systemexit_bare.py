try:
    raise SystemExit(2)
except SystemExit as e:
    print("caught", e, repr(e))
raise SystemExit
