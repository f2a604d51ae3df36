# finally inside a loop body runs once per iteration, whatever way the iteration ends.
normal = 0
finals = 0
handled = 0
for i in range(10):
    try:
        if i % 3 == 0:
            continue
        if i == 8:
            break
        if i % 2 == 0:
            raise ValueError(i)
        normal += 1
    except ValueError:
        handled += 1
    finally:
        finals += 1
print("normal", normal, "handled", handled, "finally", finals)
