# kiln's `for line in sys.stdin`: the lines read one at a time, as CPython reads them, so a
# loop that stops early leaves the rest for the next read. Compiled with a program that
# imports `sys`.

import sys


def stdin_lines():
    while True:
        line = sys.stdin.readline()
        if not line:
            return
        yield line
