# an event bus: handlers of several subclasses, dispatch by override, handler exceptions collected
class HandlerFailed(Exception):
    def __init__(self, handler: str, event: str):
        super().__init__(handler, event)
        self.handler = handler
        self.event = event

    def __str__(self) -> str:
        return f"{self.handler} failed on {self.event}"


class Handler:
    def __init__(self, name: str):
        self.name = name
        self.seen = 0

    def accepts(self, event: str) -> bool:
        return True

    def handle(self, event: str) -> str:
        self.seen += 1
        return f"{self.name}:{event}"


class Prefix(Handler):
    def __init__(self, name: str, prefix: str):
        super().__init__(name)
        self.prefix = prefix

    def accepts(self, event: str) -> bool:
        return event.startswith(self.prefix)


class Fragile(Handler):
    def handle(self, event: str) -> str:
        if "!" in event:
            raise HandlerFailed(self.name, event)
        return super().handle(event).upper()


class Bus:
    def __init__(self):
        self.handlers: list[Handler] = []
        self.errors: list[HandlerFailed] = []

    def subscribe(self, h: Handler) -> "Bus":
        self.handlers.append(h)
        return self

    def publish(self, event: str) -> list[str]:
        out: list[str] = []
        for h in self.handlers:
            if not h.accepts(event):
                continue
            try:
                out.append(h.handle(event))
            except HandlerFailed as e:
                self.errors.append(e)
        return out


bus = Bus().subscribe(Handler("all")).subscribe(Prefix("ui", "click")).subscribe(Fragile("frag"))
for ev in ["click.ok", "key!", "click!", "tick"]:
    print(ev, "->", bus.publish(ev))
print([str(e) for e in bus.errors], [len(e.args) for e in bus.errors])
print({h.name: h.seen for h in bus.handlers})
print([type(h).__name__ for h in bus.handlers if isinstance(h, Handler)])
print(bus.errors[0] is bus.errors[0], bus.errors[0] is bus.errors[1])
