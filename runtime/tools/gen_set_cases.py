# Prints the set-order table of runtime/src/container_tests.rs:
#   PYTHONHASHSEED=0 python3 runtime/tools/gen_set_cases.py
def build(xs):
    s = set()
    for x in xs: s.add(x)
    return s
L = {
 'a': [5, 3, 100, 8, 13, -1, 2**40],
 'b': list(range(20))[::-1],
 'c': [i*7919 % 1000 for i in range(1000)],
 'd': [-5, -17, 2**61, 2**61 - 1, -2**70, 2**64 + 5, 0, 1, -2],
 'e': [i * 37 for i in range(40)],
 'f': [3, 100, 7, 64, 8, 1000],
 'g': list(range(0, 200, 3)),
 'h': [1, 2],
 'sq': [i*i % 1009 for i in range(1000)],
 'neg': [-i * 1000003 for i in range(300)],
 'w': ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape'],
 'u': ['é', '€', '😀', 'abc', '', 'x'*30, 'ÿ', 'Ā'],
 'ws': ['w%d' % i for i in range(100)],
}
out = []
def emit(name, s):
    r = repr(s)
    out.append((name, r if len(r) <= 160 else '#%d' % hash(r)))
for k, v in L.items(): emit('build ' + k, build(v))
s = build(range(30))
for x in range(0, 30, 3): s.discard(x)
emit('rm', s)
for x in range(100, 111): s.add(x)
emit('readd', s)
s = build(range(200))
for x in range(0, 200, 2): s.discard(x)
for x in range(1000, 1050): s.add(x)
emit('readd2', s)
s = build(L['a']); emit('pop', ([s.pop() for _ in range(4)], s))
s = build(range(30))
for x in range(0, 30, 2): s.discard(x)
emit('copy', set(s)); emit('fcopy', frozenset(s))
emit('copy c', set(build(L['c'])))
names = ['a','c','e','f','g','h','b','sq','neg']
for x in names:
    for y in names:
        A, B = build(L[x]), build(L[y])
        emit('or %s %s' % (x, y), A | B)
        emit('and %s %s' % (x, y), A & B)
        emit('sub %s %s' % (x, y), A - B)
        emit('xor %s %s' % (x, y), A ^ B)
        C = build(L[x]); C |= B; emit('ior %s %s' % (x, y), C)
for x in ['w', 'u', 'ws']:
    for y in ['w', 'u', 'ws']:
        A, B = build(L[x]), build(L[y])
        emit('or %s %s' % (x, y), A | B)
        emit('xor %s %s' % (x, y), A ^ B)
emit('flt', build([1.5, 2.0, float('inf'), -0.0, 1e300, 0.1, -2.5]))
emit('tup', build([(1,'a'), (2,'b'), (3,'c'), (1,'b')]))
emit('fz', build([frozenset(), frozenset({1}), frozenset({1,2}), frozenset({'a'})]))
emit('clear', (lambda s: (s.clear(), s.add(7), s.add(3), s)[-1])(build(L['c'])))
for n, r in out:
    print('    ("%s", %s),' % (n, '"' + r.replace('\\', '\\\\').replace('"', '\\"') + '"'))
