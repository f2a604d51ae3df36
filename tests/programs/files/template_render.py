# A template renderer: templates written to files, {{name}} and {{name|filter}} placeholders,
# filters as closures in a dict, output files written and printed.
def make_padder(width):
    def pad(s):
        return s.ljust(width, ".")
    return pad

def make_counter():
    calls = {"n": 0}
    def count(s):
        calls["n"] += 1
        return f"{s}#{calls['n']}"
    return count, calls

counter, counter_state = make_counter()
FILTERS = {
    "upper": str.upper if False else (lambda s: s.upper()),
    "title": lambda s: s.title(),
    "pad12": make_padder(12),
    "count": counter,
    "rev": lambda s: s[::-1],
}

class TemplateError(Exception):
    pass

def render(text, values):
    out = []
    pos = 0
    while True:
        start = text.find("{{", pos)
        if start < 0:
            out.append(text[pos:])
            break
        end = text.find("}}", start)
        if end < 0:
            raise TemplateError(f"unclosed placeholder at {start}")
        out.append(text[pos:start])
        name, _, filt = text[start + 2:end].strip().partition("|")
        if name not in values:
            raise TemplateError(f"no value for {name!r}")
        value = values[name]
        if filt:
            if filt not in FILTERS:
                raise TemplateError(f"unknown filter {filt!r}")
            value = FILTERS[filt](value)
        out.append(value)
        pos = end + 2
    return "".join(out)

TEMPLATES = {
    "greet.tpl": "Hello {{ name|title }}!\nYour code: {{code|upper}}\n",
    "row.tpl": "{{item|pad12}}{{price}}\n",
    "bad.tpl": "Oops {{ missing }}\n",
    "worse.tpl": "Never {{ name",
    "odd.tpl": "{{name|shout}}",
    "tags.tpl": "{{name|count}} {{name|count}} {{code|rev}}\r\n",
}
for path, text in TEMPLATES.items():
    with open(path, "w") as f:
        f.write(text)

values = {"name": "ada lovelace", "code": "xk-42", "item": "tea", "price": "3.50"}
for path in TEMPLATES:
    with open(path) as f:
        text = f.read()
    try:
        result = render(text, values)
    except TemplateError as e:
        print(f"{path}: error: {e}")
        continue
    out_path = path.replace(".tpl", ".out")
    with open(out_path, "w") as f:
        f.write(result)
    print(f"{path} -> {out_path}: {open(out_path).read()!r}")
print("counter calls:", counter_state["n"])
