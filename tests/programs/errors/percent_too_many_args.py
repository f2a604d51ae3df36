# Arguments left over after every conversion raise TypeError.
print("%s-%s" % ("a", "b"))
print("%s" % ("a", "b"))
