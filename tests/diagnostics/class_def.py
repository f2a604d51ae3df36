# Classes kiln does not compile yet: defined in a function, multiple inheritance, and an
# instance attribute shadowing a class attribute.
class A:
    pass


class B:
    pass


class C(A, B):  # error: [unsupported-class]
    pass


class Counter:  # error: [unsupported-class]
    count = 0

    def bump(self):
        self.count += 1


def make():
    class Local:  # error: [unsupported-class]
        pass
