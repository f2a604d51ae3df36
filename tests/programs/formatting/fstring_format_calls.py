# f-strings whose fields call format() and repr(), the equivalents of {x:spec} and {x!r}.
x = 3.14159
n = 1234567
s = "kiln"
print(f"{format(x, '.2f')} {format(n, '>12,')} {format(n, '_')} {format(x, '08.3e')}")
print(f"[{format(s, '^10')}] [{format(s, '*<7')}] {format(42, '+d')} {format(255, '#x')} {format(10, 'b')}")
print(f"{format(0.256, '%')} {format(x, 'g')} {format(1e-7, 'g')} {format(-n, '+,')}")
print(f"{repr(s)} {str(s)} {repr('it' + chr(39) + 's')} {repr(x)} {repr(n)}")
w = 9
p = 3
print(f"[{format(x, str(w) + '.' + str(p) + 'f')}]")
names = ["ann", "bob", "çetin"]
for i, name in enumerate(names):
    print(f"{format(i, '03d')}: {format(name.title(), '<8')}|{format(format(len(name) / 10, '.1%'), '>6')}|")
