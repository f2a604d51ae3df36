# A temperature conversion table mixing all three formatting styles.
cities = [("Reykjavík", -3.5), ("Cairo", 35.25), ("Quito", 14.0), ("Yakutsk", -41.75), ("Zürich", 0.0)]
print(f"{'City':<12}{'°C':>8}{'°F':>8}{'K':>9}")
for city, c in cities:
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f"{city:<12}{c:>+8.1f}{f:>8.1f}{k:>9.2f}")


def temp(p):
    return p[1]


coldest = min(cities, key=temp)
hottest = max(cities, key=temp)
print("coldest: %s at %.1f°C, hottest: %s at %+.2e°C" % (coldest[0], coldest[1], hottest[0], hottest[1]))
spread = hottest[1] - coldest[1]
print("spread {0:.1f} ({0:.0%} of 100)".format(spread / 100))
mean = sum(c for _, c in cities) / len(cities)
print(f"{mean=:.3f} {spread=:g} {len(cities)=}")
for city, c in cities:
    marks = int((c + 45) / 5)
    print("{:>10} {:<18}|{:>7.2f}".format(city[:10], "+" * marks, c))
