# RPN calculator using input(); stack ops; ends with an uncaught error on bad token
import sys

stack: list[int] = []


def pop2() -> tuple[int, int]:
    if len(stack) < 2:
        raise IndexError("stack underflow")
    b = stack.pop()
    a = stack.pop()
    return a, b


lineno = 0
while True:
    try:
        line = input()
    except EOFError:
        print("eof")
        break
    lineno += 1
    for tok in line.split():
        if tok == "+":
            a, b = pop2()
            stack.append(a + b)
        elif tok == "-":
            a, b = pop2()
            stack.append(a - b)
        elif tok == "*":
            a, b = pop2()
            stack.append(a * b)
        elif tok == "/":
            a, b = pop2()
            stack.append(a // b)
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            a, b = pop2()
            stack.extend([b, a])
        elif tok == "p":
            print(f"[{lineno}] top = {stack[-1]}")
        elif tok == "s":
            print(f"[{lineno}] stack = {stack}")
        else:
            stack.append(int(tok))
print("final:", stack)
