# isinstance(x, Sub) on base-typed values deciding which branch runs
class Msg:
    def __init__(self, body):
        self.body = body


class Text(Msg):
    def words(self):
        return len(self.body.split())


class Image(Msg):
    def __init__(self, body, w, h):
        super().__init__(body)
        self.w = w
        self.h = h


class Sticker(Image):
    pass


class Ping(Msg):
    pass


inbox = [Text("hello there world"), Image("cat.png", 640, 480), Ping(""), Sticker("smile", 64, 64), Msg("raw")]
words = 0
pixels = 0
for m in inbox:
    if isinstance(m, Text):
        words += m.words()
        print("text", m.body)
    elif isinstance(m, Sticker):
        print("sticker", m.body)
    elif isinstance(m, Image):
        pixels += m.w * m.h
        print("image", m.body, m.w, m.h)
    elif isinstance(m, Ping):
        print("ping")
    else:
        print("other", m.body)
print(words, pixels)
print([isinstance(m, Image) for m in inbox])
print([isinstance(m, Msg) for m in inbox])
print([isinstance(m, (Text, Ping)) for m in inbox])
print(len([m for m in inbox if not isinstance(m, Image)]))
