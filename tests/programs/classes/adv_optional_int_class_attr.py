# an Optional[int] class attribute updated in a loop
class C:
    best = None
def main():
    for v in [3, 9, 2]:
        b = C.best
        if b is None or v > b:
            C.best = v
    print(C.best)
main()
