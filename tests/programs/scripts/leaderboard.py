# Game leaderboard: dict() with keywords, view membership, lambdas, list.index with bounds.
rounds = [
    dict(ann=10, bo=7, cy=12),
    dict(ann=8, bo=15, cy=12),
    dict([("ann", 11), ("bo", 9)], cy=3),
]
totals = dict(ann=0, bo=0, cy=0)
history = dict(ann=[], bo=[], cy=[])
for n, rnd in enumerate(rounds, 1):
    winner = max(rnd, key=lambda p: rnd[p])
    print("round", n, rnd, "winner:", winner, "tie at 12:", list(rnd.values()).count(12) > 1)
    for player, pts in rnd.items():
        totals[player] += pts
        history[player].append(pts)
print("totals:", totals)
print("anyone on 33?", 33 in totals.values(), "ann on 29?", ("ann", 29) in totals.items(), "dan playing?", "dan" in totals.keys())
print("history:", history, [12, 12, 3] in history.values())
standings = sorted(list(totals.items()), key=lambda kv: (-kv[1], kv[0]))
print("standings:", standings)
for place, (player, pts) in enumerate(standings, 1):
    best = max(history[player])
    print(f"{place}. {player:<4}{pts:>4}  best {best:>2} in round {history[player].index(best) + 1}")
print("ordered by history:", sorted(list(history), key=lambda p: history[p]))
print("bo beat cy overall:", history["bo"] > history["cy"], "ann vs bo:", history["ann"] < history["bo"])
all_points = sorted([p for player in history for p in history[player]])
print("all points:", all_points)
print("12 first at", all_points.index(12), "12 again after 6:", all_points.index(12, 7), "10 in [2:6]:", all_points.index(10, 2, 6))
print("above 10:", list(filter(lambda p: p > 10, all_points)), "doubled:", list(map(lambda p: p * 2, all_points[-3:])))
bonus = dict(totals, cy=totals["cy"] + 5)
print("with bonus:", bonus, "leader:", max(bonus.items(), key=lambda kv: kv[1]))
