# kiln compiles `sys.exit(...)` of the sys module; other uses are refused where they are written.
import sys

print(sys.argv)  # error: [unsupported-import]
exit_now = sys  # error: [unsupported-import]


def main():
    import sys  # error: [unsupported-import]
    sys.exit(0)
