# A sed-like substitution tool: s/old/new/[g] scripts from argv applied to files the
# program writes; in-place edits with a backup, and a summary of changes per file.
import sys

files = {
    "poem.txt": "the cat sat on the mat\nthe dog sat on the log\n\nTHE END\n",
    "code.txt": "x = 1\r\ny = x + 1\r\nprint(x, y)\r\n",
}
for name, text in files.items():
    with open(name, "w") as f:
        f.write(text)

def parse_script(s):
    if not s.startswith("s") or len(s) < 4:
        raise ValueError(f"bad script {s!r}")
    d = s[1]
    parts = s[2:].split(d)
    if len(parts) != 3:
        raise ValueError(f"bad script {s!r}: need 3 parts, got {len(parts)}")
    old, new, flags = parts
    return old, new, "g" in flags

scripts = []
for arg in sys.argv[1:]:
    try:
        scripts.append(parse_script(arg))
    except ValueError as e:
        print("sed:", e)

def apply(line, old, new, every):
    if every:
        return line.replace(old, new), line.count(old)
    if old in line:
        return line.replace(old, new, 1), 1
    return line, 0

for name in sorted(files):
    with open(name) as src:
        original = src.readlines()
    with open(name + ".bak", "w") as bak:
        bak.writelines(original)
    changes = 0
    edited = []
    for line in original:
        for old, new, every in scripts:
            line, n = apply(line, old, new, every)
            changes += n
        edited.append(line)
    with open(name, "w") as out:
        out.writelines(edited)
    print(f"{name}: {changes} change(s)")
    for before, after in zip(open(name + ".bak").readlines(), open(name).readlines()):
        if before != after:
            print(f"  - {before.rstrip()}\n  + {after.rstrip()}")
print(repr(open("code.txt").read()))
