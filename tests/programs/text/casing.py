# Identifier case conversions: snake, camel, Pascal, kebab, title, slug.
import string


def split_words(s: str) -> list[str]:
    words: list[str] = []
    cur = ""
    for i, c in enumerate(s):
        if c in "_- ./":
            if cur:
                words.append(cur)
            cur = ""
        elif c.isupper() and cur and (cur[-1].islower() or (i + 1 < len(s) and s[i + 1].islower() and cur[-1].isupper())):
            words.append(cur)
            cur = c
        elif c.isdigit() and cur and not cur[-1].isdigit():
            words.append(cur)
            cur = c
        else:
            cur += c
    if cur:
        words.append(cur)
    return [w.lower() for w in words]


def snake(s: str) -> str:
    return "_".join(split_words(s))


def camel(s: str) -> str:
    ws = split_words(s)
    return ws[0] + "".join(w.capitalize() for w in ws[1:]) if ws else ""


def pascal(s: str) -> str:
    return "".join(w.capitalize() for w in split_words(s))


def kebab(s: str) -> str:
    return "-".join(split_words(s))


def slug(s: str) -> str:
    allowed = string.ascii_lowercase + string.digits
    out = "".join(c if c in allowed else "-" for c in s.lower())
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


for name in ["parseHTTPResponse", "user_id", "XMLHttpRequest", "getX2Value", "already-kebab-case", "  Leading space", "HTML5Parser", "a"]:
    print(f"{name!r:<22} {snake(name):<24} {camel(name):<20} {pascal(name):<20} {kebab(name)}")
for title in ["Hello, World! 2024 Edition", "  Ça va? -- très bien  ", "C++ & Rust: a comparison"]:
    print(repr(slug(title)), repr(title.title()), repr(string.capwords(title)), repr(title.swapcase()))
print("x".zfill(4), "-42".zfill(6), "+7".zfill(4), "a\tb\tc".expandtabs(4), "ab".expandtabs())
print("key: value: more".partition(": "), "a/b/c".rpartition("/"), "none".partition("x"))
print("   x  ".strip(), "xxhixx".strip("x"), "www.example.com".removeprefix("www.").removesuffix(".com"))
print("Hello".casefold() == "hELLO".casefold(), "ß".upper(), "ǅ".istitle(), "abc123".isalnum(), "١٢".isdigit())
