# Mutually recursive functions, both defined at module level.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def hofstadter_f(n):
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))


def hofstadter_m(n):
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))


for i in range(8):
    print(i, is_even(i), is_odd(i))
print(is_even(500), is_odd(501))
f_line = ""
m_line = ""
for i in range(20):
    f_line = f_line + str(hofstadter_f(i)) + " "
    m_line = m_line + str(hofstadter_m(i)) + " "
print("F:", f_line)
print("M:", m_line)
