# return inside a with block: the return value is computed first, then __exit__ runs once with None
class Guard:
    def __init__(self, name):
        self.name = name
        self.exits = 0
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.exits += 1
        print("exit", self.name, exc_type is None, exc is None, tb is None)
        return False

def compute(x):
    print("compute", x)
    return x * x

def first_big(g, xs):
    with g:
        for x in xs:
            if x > 10:
                return compute(x)
        print("none big")
    return -1

def nested_return(a, b):
    with Guard("outer") as o:
        with Guard("inner") as i:
            return o.name + "/" + i.name + "/" + str(a + b)

g = Guard("g")
print(first_big(g, [1, 20, 30]))
print(first_big(g, [1, 2]))
print("exits:", g.exits)
print(nested_return(2, 3))
