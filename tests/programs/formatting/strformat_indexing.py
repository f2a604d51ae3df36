# Element access inside fields: {0[1]}, {d[key]}, {name[0]}, chained and with specs.
pair = ("left", "right")
nums = [10, 20, 30]
d = {"host": "example.org", "port": "8080"}
grid = [[1, 2], [3, 4]]
print("{0[0]} {0[1]}".format(pair))
print("{0[2]} {0[0]} {1[1]}".format(nums, pair))
print("{d[host]}:{d[port]}".format(d=d))
print("{0[host]}".format(d))
print("{g[1][0]} {g[0][1]}".format(g=grid))
print("{[1]} {[0]}".format(nums, pair))
print("{0[1]:>6} {0[2]:<6}| {1[port]:*^10}".format(nums, d))
print("{0[0]!r} {0[1]!a}".format(["it's", "é"]))
print("{s[0]}{s[1]}{s[4]}".format(s="kiln!"))
scores = {"ann": 9.5, "bob": 7.25}
print("ann={0[ann]:.2f} bob={0[bob]:06.1f}".format(scores))
print("{t[0]}/{t[1]}/{t[2]}".format(t=(2024, 1, 31)))
