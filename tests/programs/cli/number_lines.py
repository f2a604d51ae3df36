# A line-numbering tool: the header of stdin up to a blank line goes to one file, the body
# (read at once after the loop breaks) to another; then both are printed numbered.
import sys

headers = {}
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        break
    key, sep, value = line.partition(":")
    if sep:
        headers[key.strip().lower()] = value.strip()
body = sys.stdin.read()

with open("headers.txt", "w") as h:
    for k in sorted(headers):
        h.write(f"{k}={headers[k]}\n")
with open("body.txt", "w") as b:
    b.write(body)

def numbered(path, width, skip_blank):
    out = []
    n = 0
    with open(path) as f:
        for line in f:
            text = line.rstrip("\n")
            if skip_blank and not text.strip():
                out.append(" " * (width + 2) + text)
                continue
            n += 1
            out.append(f"{n:>{width}}  {text}")
    return out

for path in ["headers.txt", "body.txt"]:
    lines = numbered(path, 4, path == "body.txt")
    print(f"== {path} ({len(lines)} lines)")
    for l in lines:
        print(l)

words = body.split()
print("words:", len(words), "chars:", len(body), "lines:", body.count("\n"))
longest = max(words, key=len) if words else ""
print(f"longest word: {longest!r} ({len(longest)})")
