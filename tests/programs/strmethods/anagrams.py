# Group words by their sorted letters (anagram classes), using str keys in a dict.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "Inlets"]
groups = {"": [""]}
del groups[""]
for w in words:
    key = "".join(sorted(w.lower()))
    if key not in groups:
        groups[key] = [w]
    else:
        groups[key] = groups[key] + [w]
for key in sorted(groups):
    print(key, groups[key])
print(sorted("kiln"), "".join(sorted("kiln", reverse=True)))
