# class attributes initialized from globals and displays; a class list mutated through the class
base = 10
class A:
    x = base * 2
    names = ["a", "b"]
    lookup = {"a": 1}
print(A.x, A.names, A.lookup)
A.names.append("c")
print(A().names)
