# Run-length encoding and decoding of strings, with digits parsed by isdigit.
def encode(s):
    out = ""
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += str(j - i) + s[i]
        i = j
    return out


def decode(s):
    out = ""
    num = ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out += c * int(num)
            num = ""
    return out


for s in ["aaabccdddd", "", "abc", "zzzzzzzzzzzz", "ééé日日😀"]:
    e = encode(s)
    print(repr(s), repr(e), decode(e) == s)
