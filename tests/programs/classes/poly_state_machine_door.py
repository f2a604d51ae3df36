# a door controller holding its current State in an attribute; transitions with enter/exit hooks
class State:
    def __init__(self, door):
        self.door = door

    def name(self):
        return "?"

    def enter(self):
        self.door.log.append("enter " + self.name())

    def handle(self, event):
        self.door.log.append(f"{self.name()} ignores {event}")


class Closed(State):
    def name(self):
        return "closed"

    def handle(self, event):
        if event == "open":
            self.door.go(Open(self.door))
        elif event == "lock":
            self.door.go(Locked(self.door, 1234))
        else:
            super().handle(event)


class Open(State):
    def name(self):
        return "open"

    def handle(self, event):
        if event == "close":
            self.door.go(Closed(self.door))
        else:
            super().handle(event)


class Locked(State):
    def __init__(self, door, code):
        super().__init__(door)
        self.code = code
        self.tries = 0

    def name(self):
        return "locked"

    def enter(self):
        super().enter()
        self.door.log.append("  (code set)")

    def handle(self, event):
        if event == "unlock":
            self.tries += 1
            if self.tries >= 2:
                self.door.go(Closed(self.door))
            else:
                self.door.log.append("  wrong code")
        else:
            super().handle(event)


class Door:
    def __init__(self):
        self.log = []
        self.state = State(self)
        self.go(Closed(self))

    def go(self, st):
        self.state = st
        st.enter()


d = Door()
for ev in ["open", "open", "close", "lock", "open", "unlock", "unlock", "open", "close"]:
    d.state.handle(ev)
    print(f"{ev:>7} -> {d.state.name()}")
print("\n".join(d.log))
