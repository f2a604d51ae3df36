# overrides that extend the base behaviour through super().method()
class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def format(self, msg):
        return self.prefix + ": " + msg

    def log(self, msg):
        line = self.format(msg)
        self.lines.append(line)
        return len(line)


class Timestamped(Logger):
    def __init__(self, prefix, t):
        super().__init__(prefix)
        self.t = t

    def format(self, msg):
        self.t += 1
        return f"[{self.t}] " + super().format(msg)


class Upper(Logger):
    def format(self, msg):
        return super().format(msg.upper())

    def log(self, msg):
        n = super().log(msg)
        return n * 100


loggers = [Logger("plain"), Timestamped("ts", 10), Upper("up")]
for lg in loggers:
    print(lg.log("hello"), lg.log("world"))
for lg in loggers:
    print(lg.lines)
