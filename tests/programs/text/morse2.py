# Morse code encode/decode (variant of morse.py: dict.update(dict(zip(...))) instead of update(zip(...))).
import string

CODES = (".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- -.-- --..").split()
DIGITS = "----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----.".split()
ENC = dict(zip(string.ascii_uppercase, CODES))
ENC.update(dict(zip(string.digits, DIGITS)))
ENC.update({".": ".-.-.-", ",": "--..--", "?": "..--..", "!": "-.-.--"})
DEC = {v: k for k, v in ENC.items()}


def encode(text: str) -> str:
    words = []
    for word in text.upper().split():
        letters = []
        for ch in word:
            if ch not in ENC:
                raise KeyError(ch)
            letters.append(ENC[ch])
        words.append(" ".join(letters))
    return " / ".join(words)


def decode(code: str) -> str:
    out = []
    for word in code.split(" / "):
        out.append("".join(DEC.get(sym, "�") for sym in word.split()))
    return " ".join(out)


for msg in ["SOS", "Hello, World!", "kiln 2024", "The quick brown fox"]:
    m = encode(msg)
    print(f"{msg!r}\n  {m}\n  {decode(m)!r}")
try:
    encode("email@example")
except KeyError as e:
    print("cannot encode", e, repr(e), str(e))
print(decode("... --- ... / ..--.- .-"))
lengths = sorted(ENC.items(), key=lambda kv: (len(kv[1]), kv[0]))
print("shortest:", lengths[:4], "longest:", lengths[-2:])
dots = sum(code.count(".") for code in ENC.values())
dashes = sum(code.count("-") for code in ENC.values())
print(dots, dashes, len(ENC), len(DEC))
