# Grade book: lambdas for grading, map/filter over scores, ordering of score lists.
students = dict(ana=[92, 88, 79], ben=[65, 70, 58], cara=[92, 88, 95], dev=[], eli=[70, 95])
letter = lambda avg: "A" if avg >= 90 else "B" if avg >= 80 else "C" if avg >= 70 else "D" if avg >= 60 else "F"
mean = lambda xs: sum(xs) / len(xs) if xs else 0.0


def report(name, scores):
    avg = mean(scores)
    passed = list(filter(lambda s: s >= 60, scores))
    curved = list(map(lambda s: min(100, s + 5), scores))
    print(f"{name:<5} {str(scores):<14} avg={avg:6.2f} {letter(avg)} passed={len(passed)} curved={curved}")
    return avg


averages = {}
for name in students:
    averages[name] = report(name, students[name])
ranking = sorted(list(students), key=lambda n: averages[n], reverse=True)
print("ranking:", ranking)
print("best:", max(students, key=lambda n: averages[n]), "worst:", min(students, key=lambda n: averages[n]))
print("lexicographic by scores:", sorted(list(students), key=lambda n: students[n]))
print("ana < cara:", students["ana"] < students["cara"], "dev < ben:", students["dev"] < students["ben"])
print("eli >= ana:", students["eli"] >= students["ana"], "[] < [0]:", [] < [0], "[0] <= []:", [0] <= [])
print("letters:", sorted(map(lambda n: letter(averages[n]), students)))
print("honor roll:", ", ".join(filter(lambda n: averages[n] >= 85, ranking)))
print("all attempted:", all(map(lambda n: len(students[n]) > 0, students)), "someone perfect:", any(map(lambda n: 100 in students[n], students)))
print("has a 92:", [92, 88, 79] in students.values(), ("eli", [70, 95]) in students.items())
top_scores = sorted(max(students[n]) for n in students if students[n])
print("top scores:", top_scores, "first 92 at", top_scores.index(92), "95 from index 3:", top_scores.index(95, 3))
