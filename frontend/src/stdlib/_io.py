# kiln's `open()`: text files (UTF-8, universal newlines), compiled with the program that
# calls `open`. The runtime holds each file's buffers, named by a handle (`_kiln.file_*`).

import _kiln


class TextIOWrapper:
    def __init__(self, file, mode, encoding, handle):
        self.name = file
        self.mode = mode
        self.encoding = encoding
        self.closed = False
        self._handle = handle
        # Made by `open(...).read()` and the like: CPython closes the file as soon as the
        # statement drops it, so the one call closes it.
        self._once = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def read(self, size=-1):
        self._check()
        text = _kiln.file_read(self._handle, size)
        if self._once:
            self.close()
        return text

    def readline(self, size=-1):
        self._check()
        line = _kiln.file_readline(self._handle, size)
        if self._once:
            self.close()
        return line

    def readlines(self, hint=-1):
        self._check()
        lines = []
        total = 0
        while True:
            line = _kiln.file_readline(self._handle, -1)
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        if self._once:
            self.close()
        return lines

    def write(self, s):
        self._check()
        n = _kiln.file_write(self._handle, s)
        if self._once:
            self.close()
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            _kiln.file_write(self._handle, line)
        if self._once:
            self.close()

    def flush(self):
        self._check()
        _kiln.file_flush(self._handle)

    def close(self):
        if not self.closed:
            self.closed = True
            _kiln.file_close(self._handle)

    def readable(self):
        self._check()
        return "r" in self.mode or "+" in self.mode

    def writable(self):
        self._check()
        return "r" not in self.mode or "+" in self.mode

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    # The lines, read as the loop asks for them (a generator, so `enumerate(f)`, `list(f)`
    # and the other builtins take a file too).
    def __iter__(self):
        self._check()
        while True:
            line = _kiln.file_readline(self._handle, -1)
            if not line:
                return
            yield line

    def __next__(self):
        self._check()
        line = _kiln.file_readline(self._handle, -1)
        if not line:
            raise StopIteration
        return line

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"


def open(file, mode="r", encoding=None):
    # CPython's UTF-8 mode names the encoding `utf-8` unless the program names it.
    if encoding is None:
        return TextIOWrapper(file, mode, "utf-8", _kiln.file_open(file, mode))
    return TextIOWrapper(file, mode, encoding, _kiln.file_open(file, mode))


def open_once(file, mode="r", encoding=None):
    f = open(file, mode, encoding)
    f._once = True
    return f
