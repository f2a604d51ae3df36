# Keyword fields, mixed with positional ones, reused and with specs.
print("{name} is {age} years old".format(name="Ann", age=31))
print("{greeting}, {name}! {greeting} again.".format(greeting="Hi", name="Bo"))
print("{0} and {who}".format("me", who="you"))
print("{} {x} {}".format(1, 2, x="mid"))
print("{x:>6} {y:<6.2f}|{z:^7}|".format(x="r", y=2.0, z=True))
print("{a!r} {b!s} {c!a}".format(a="it's", b="ok", c="ça"))
print("{total:,} {pct:.1%} {hexv:#x}".format(total=1234567, pct=0.4567, hexv=255))
user = "zoë"
count = 12
print("{user} has {count:03d} items".format(user=user, count=count))
print("{first}{second}".format(second="B", first="A"))
print("{x}".format(x=[1, 2], y="unused"))
for k in range(3):
    print("{label:<6}{value:>8.3f}".format(label="k=" + str(k), value=k / 7))
