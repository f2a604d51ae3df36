# Files with old-Mac (\r), Windows (\r\n) and mixed line endings: every way of reading
# sees \n; a converter rewrites them with plain \n and counts what it found.
SAMPLES = {
    "unix.txt": "one\ntwo\nthree\n",
    "dos.txt": "one\r\ntwo\r\nthree\r\n",
    "mac.txt": "one\rtwo\rthree\r",
    "mixed.txt": "one\r\ntwo\rthree\n\r\nfour",
    "blank.txt": "\r\r\n\n\r",
}
for name, text in SAMPLES.items():
    with open(name, "w") as f:
        f.write(text)

def kinds(text):
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    return crlf, cr, lf

for name in SAMPLES:
    raw = SAMPLES[name]
    with open(name) as f:
        lines = [line for line in f]
    with open(name) as f:
        by_readline = []
        while True:
            line = f.readline()
            if not line:
                break
            by_readline.append(line)
    with open(name) as f:
        whole = f.read()
    with open(name) as f:
        chars = []
        while True:
            c = f.read(1)
            if c == "":
                break
            chars.append(c)
    assert lines == by_readline == open(name).readlines()
    assert "".join(chars) == whole == "".join(lines)
    crlf, cr, lf = kinds(raw)
    print(f"{name:<10} crlf={crlf} cr={cr} lf={lf} -> {len(lines)} lines {lines}")
    out = name.replace(".txt", ".unix")
    with open(out, "w") as f:
        f.write(whole)
    print(" " * 10, repr(open(out).read()) == repr(whole), whole.count("\n"))

total = sum(len(open(n).readlines()) for n in SAMPLES)
print("total lines:", total)
