# Parse an email-like message from stdin: headers until a blank line (for-loop + break), then the body.
import sys

headers: dict[str, str] = {}
count = 0
for raw in sys.stdin:
    line = raw.rstrip("\n")
    if not line:
        break
    count += 1
    if ":" not in line:
        print(f"malformed header line {count}: {line!r}", file=sys.stderr)
        continue
    name, _, value = line.partition(":")
    headers[name.strip().lower()] = value.strip()

for name in sorted(headers):
    print(f"{name:>12}: {headers[name]}")
body = sys.stdin.read()
lines = body.splitlines()
print(f"body: {len(lines)} lines, {len(body.split())} words")
for i, ln in enumerate(lines, 1):
    print(f"{i:>3}| {ln}")
if "subject" not in headers:
    print("missing subject", file=sys.stderr)
    sys.exit(1)
