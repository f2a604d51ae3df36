# str.format with a spec that does not fit the value raises ValueError.
print("{:d} {:.1f}".format(3, 3.25))
print("{:d}".format(3.25))
