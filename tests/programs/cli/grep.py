# grep-like filter: grep [-i] [-v] [-n] [-c] PATTERN
import sys

args = sys.argv[1:]
ignore_case = False
invert = False
number = False
count_only = False
pattern = ""
have_pattern = False
for a in args:
    if a.startswith("-") and len(a) > 1 and not have_pattern:
        for ch in a[1:]:
            if ch == "i":
                ignore_case = True
            elif ch == "v":
                invert = True
            elif ch == "n":
                number = True
            elif ch == "c":
                count_only = True
            else:
                print(f"grep: invalid option -- '{ch}'", file=sys.stderr)
                sys.exit(2)
    elif not have_pattern:
        pattern = a
        have_pattern = True
    else:
        print("grep: too many arguments", file=sys.stderr)
        sys.exit(2)
if not have_pattern:
    print("usage: grep [-ivnc] PATTERN", file=sys.stderr)
    sys.exit(2)

needle = pattern.lower() if ignore_case else pattern
matches = 0
lineno = 0
for line in sys.stdin:
    lineno += 1
    text = line.rstrip("\n")
    hay = text.lower() if ignore_case else text
    found = needle in hay
    if found != invert:
        matches += 1
        if not count_only:
            if number:
                print(f"{lineno}:{text}")
            else:
                print(text)
if count_only:
    print(matches)
sys.exit(0 if matches > 0 else 1)
