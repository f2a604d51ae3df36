# one variable assigned different subclasses in the branches of if/else, then a method call
class Greeter:
    def greet(self, who):
        return "hello " + who

    def tag(self):
        return 0


class Loud(Greeter):
    def greet(self, who):
        return "HELLO " + who.upper() + "!"

    def tag(self):
        return 1


class Quiet(Greeter):
    def greet(self, who):
        return "(hi " + who + ")"

    def tag(self):
        return 2


names = ["ann", "bob", "cy", "dee", "eve"]
for i in range(len(names)):
    if i % 2 == 0:
        g = Loud()
    else:
        g = Quiet()
    print(i, g.tag(), g.greet(names[i]))

g2 = Greeter()
if len(names) > 3:
    g2 = Loud()
print(g2.greet("zed"), g2.tag())
g2 = Quiet()
print(g2.greet("zed"), g2.tag())
g2 = Greeter()
print(g2.greet("zed"), g2.tag())
