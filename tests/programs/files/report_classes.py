# Report writers with inheritance: a base class writes a header/rows/footer to a file
# through overridable methods; text, CSV and markdown subclasses.
class Report:
    ext = "txt"

    def __init__(self, title, columns):
        self.title = title
        self.columns = columns
        self.rows = []

    def add(self, *values):
        if len(values) != len(self.columns):
            raise ValueError(f"expected {len(self.columns)} values, got {len(values)}")
        self.rows.append(list(values))

    def widths(self):
        return [max([len(c)] + [len(r[i]) for r in self.rows]) for i, c in enumerate(self.columns)]

    def header(self, f):
        f.write(self.title + "\n")

    def row(self, f, values):
        f.write(" ".join(v.ljust(w) for v, w in zip(values, self.widths())).rstrip() + "\n")

    def footer(self, f):
        f.write(f"({len(self.rows)} rows)\n")

    def save(self, stem):
        path = f"{stem}.{self.ext}"
        with open(path, "w") as f:
            self.header(f)
            self.row(f, self.columns)
            for r in self.rows:
                self.row(f, r)
            self.footer(f)
        return path

class CsvReport(Report):
    ext = "csv"

    def header(self, f):
        pass

    def row(self, f, values):
        f.write(",".join(values) + "\r\n")

class MarkdownReport(Report):
    ext = "md"

    def header(self, f):
        f.write(f"# {self.title}\n\n")

    def row(self, f, values):
        cells = [v.rjust(w) if v.replace(".", "").isdigit() else v.ljust(w)
                 for v, w in zip(values, self.widths())]
        f.write("| " + " | ".join(cells) + " |\n")
        if values is self.columns:
            f.write("|" + "|".join("-" * (w + 2) for w in self.widths()) + "|\n")

    def footer(self, f):
        super().footer(f)
        f.write("\n")

data = [("mercury", 0.39, 0), ("venus", 0.72, 0), ("earth", 1.0, 1), ("mars", 1.52, 2),
        ("jupiter", 5.2, 95)]
reports = [Report("Planets", ["name", "au", "moons"]), CsvReport("Planets", ["name", "au", "moons"]),
           MarkdownReport("Planets", ["name", "au", "moons"])]
for rep in reports:
    for name, au, moons in data:
        rep.add(name, str(au), str(moons))
    try:
        rep.add("pluto", "39.5")
    except ValueError as e:
        print(type(rep).__name__, "rejects:", e)
    path = rep.save("planets")
    with open(path) as f:
        text = f.read()
    print(f"== {path}: {len(text)} chars, {text.count(chr(10))} newlines")
    print(text, end="")
