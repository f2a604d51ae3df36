# f-string fields holding arbitrary expressions: arithmetic, calls, comparisons, nesting.
def sq(x):
    return x * x


a = 6
b = 7
print(f"{a} * {b} = {a * b}")
print(f"{a / b} {a // b} {a % b} {a ** 2} {-a} {a << 2} {a & b} {~a}")
print(f"sq(5) = {sq(5)}, sq(1.5) = {sq(1.5)}")
print(f"{a < b} {a == b} {1 < a < b} {a > b or b > a}")
print(f"{'single' + 'quotes'} {len('héllo')} {str(a) * 3}")
print(f"{a and b} {0 or b} {round(2.675, 2)} {abs(-3)} {max(a, b)} {int('12') + 1}")
print(f"{{literal braces}} {{{a}}} {{}}")
print(f"{f'{a}-{b}'} nested")
print(f"a={a}" + f", b={b}" + "!")
msg = "done"
print(f"{msg}: {a + b}" * 2)
for k in range(3):
    print(f"row {k}: {k * 10} {k * 0.5} {k > 0}")
