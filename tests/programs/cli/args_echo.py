import sys

# Arguments as given, one per line in args_echo.args.
args = sys.argv[1:]
print(len(args), "arguments")
for i, arg in enumerate(args):
    print(f"{i}: {arg!r}")
flags = [a for a in args if a.startswith("--")]
print("flags:", flags)
numbers = [int(a) for a in args if a.lstrip("-").isdigit()]
print("sum of numbers:", sum(numbers))
