# kiln compiles some attributes of the sys module (`sys.exit`, `sys.argv`, ...); other uses are refused where they are written.
import sys

print(sys.path)  # error: [unsupported-import]
exit_now = sys  # error: [unsupported-import]


def main():
    import sys  # error: [unsupported-import]
    sys.exit(0)
