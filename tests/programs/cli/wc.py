# wc-like: count lines, words, chars of stdin; flags from argv
import sys


def usage() -> None:
    print("usage: wc [-l] [-w] [-c]", file=sys.stderr)
    sys.exit(2)


def main() -> int:
    show_lines = False
    show_words = False
    show_chars = False
    for arg in sys.argv[1:]:
        if arg == "-l":
            show_lines = True
        elif arg == "-w":
            show_words = True
        elif arg == "-c":
            show_chars = True
        else:
            usage()
    if not (show_lines or show_words or show_chars):
        show_lines = show_words = show_chars = True
    data = sys.stdin.read()
    lines = data.count("\n")
    words = len(data.split())
    chars = len(data)
    parts = []
    if show_lines:
        parts.append(f"{lines:>7}")
    if show_words:
        parts.append(f"{words:>7}")
    if show_chars:
        parts.append(f"{chars:>7}")
    print("".join(parts))
    longest = ""
    for w in data.split():
        if len(w) > len(longest):
            longest = w
    print(f"longest word: {longest!r} ({len(longest)})")
    nonblank = [ln for ln in data.splitlines() if ln.strip()]
    print("non-blank lines:", len(nonblank))
    return 0


sys.exit(main())
