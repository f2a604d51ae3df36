# A sign is not allowed in a string format spec.
s = "abc"
print(format(s, ">5"))
print(format(s, "+"))
