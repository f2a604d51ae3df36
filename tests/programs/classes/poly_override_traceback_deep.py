# an uncaught error raised inside an override reached through a base template method and a function
class Stage:
    def __init__(self, name):
        self.name = name

    def process(self, data):
        out = []
        for x in data:
            out.append(self.transform(x))
        return out

    def transform(self, x):
        return x


class Scale(Stage):
    def __init__(self, k):
        super().__init__("scale")
        self.k = k

    def transform(self, x):
        return x * self.k


class Invert(Stage):
    def transform(self, x):
        return 100 // x


def pipeline(stages, data):
    for st in stages:
        data = st.process(data)
        print(st.name, data)
    return data


stages = [Stage("id"), Scale(3), Invert("inv")]
print(pipeline(stages, [1, 2, 5]))
print(pipeline(stages, [4, 0, 2]))
