# grep variant with a usage error (unknown option) -> exit 2 and stderr message
import sys

opts = [a for a in sys.argv[1:] if a.startswith("-")]
rest = [a for a in sys.argv[1:] if not a.startswith("-")]
print("options:", opts)
print("operands:", rest)
for o in opts:
    if o not in ("-q", "-x"):
        print(f"error: unknown option {o}", file=sys.stderr)
        sys.exit(2)
print("never reached")
