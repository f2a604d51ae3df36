from collections import deque

class Editor:
    def __init__(self, limit):
        self.text = ""
        self.undo = deque(maxlen=limit)
        self.redo = deque()
    def type(self, s):
        self.undo.append(self.text)
        self.redo.clear()
        self.text += s
    def delete(self, n):
        self.undo.append(self.text)
        self.redo.clear()
        self.text = self.text[:-n] if n else self.text
    def do_undo(self):
        if not self.undo:
            return False
        self.redo.append(self.text)
        self.text = self.undo.pop()
        return True
    def do_redo(self):
        if not self.redo:
            return False
        self.undo.append(self.text)
        self.text = self.redo.pop()
        return True

ed = Editor(3)
for w in ["Hello", ",", " world", "!", " Bye"]:
    ed.type(w)
    print(repr(ed.text), len(ed.undo), ed.undo)
ed.delete(4)
print(repr(ed.text))
for _ in range(5):
    ok = ed.do_undo()
    print(ok, repr(ed.text), len(ed.undo), len(ed.redo))
for _ in range(2):
    print(ed.do_redo(), repr(ed.text))
ed.type("?")
print(ed.do_redo(), repr(ed.text), ed.redo, ed.undo)
