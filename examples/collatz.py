# collatz.py -- the longest Collatz chain starting below N.
#
# The Collatz map sends n to n / 2 when n is even and to 3n + 1 when n is
# odd; every tested start eventually reaches 1.  This program finds, for a
# few limits N, the start below N with the longest chain, and prints the
# chain of a famous start value (27) in rows.

LIMIT = 100000


def chain_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps = steps + 1
    return steps


def report_records(limit):
    # One pass over all starts below limit; report the record holder
    # each time the start crosses a power of ten.
    best_start = 1
    best_len = 1
    checkpoint = 10
    start = 1
    while start < limit:
        length = chain_length(start)
        if length > best_len:
            best_len = length
            best_start = start
        start = start + 1
        if start == checkpoint or start == limit:
            print(f"longest chain below {start}: start {best_start}, length {best_len}")
            checkpoint = checkpoint * 10


def show_chain(n, per_row):
    row = ""
    col = 0
    while True:
        row = row + str(n)
        col = col + 1
        if n == 1:
            break
        row = row + " "
        if col == per_row:
            print(row)
            row = ""
            col = 0
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
    print(row)


report_records(LIMIT)
print()
print("the chain of 27:")
show_chain(27, 16)
