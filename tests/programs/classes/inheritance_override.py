# Inheritance: overriding, methods calling overridden methods, __str__, default repr, linked nodes.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} says {self.speak()}"


class Dog(Animal):
    def speak(self):
        return "woof"


class Cat(Animal):
    def __init__(self, name, lives):
        self.name = name
        self.lives = lives

    def speak(self):
        return "meow"

    def __str__(self):
        return f"Cat({self.name}, {self.lives})"


d = Dog("rex")
c = Cat("tom", 9)
print(d.describe())
print(c.describe())
print(c)
print([c, c])
a = Animal("x")
print(a.describe())


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


head = Node(1, Node(2, Node(3)))
n = head
total = 0
while n is not None:
    total += n.value
    n = n.next
print(total)


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)


s = Stack()
s.push(1)
s.push(2)
print(s.pop(), len(s.items))
