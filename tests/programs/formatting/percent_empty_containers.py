print("[%s]" % [])
print("%s" % set())
print("%r and %s" % ([], {}))
print("%s" % [[]])
