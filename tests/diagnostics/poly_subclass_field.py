# Reading an attribute only one subclass has through a value typed by the base class.
class Msg:
    def __init__(self, body):
        self.body = body


class Image(Msg):
    def __init__(self, body, w):
        super().__init__(body)
        self.w = w


inbox = [Msg("a"), Image("b", 3)]
for m in inbox:
    print(m.w)  # error: [unsupported-attribute]
