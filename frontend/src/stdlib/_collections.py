# kiln's `collections.deque`: a list whose live items start at `_head`, so both ends are
# amortized O(1): `popleft` moves the start (the list is compacted once half of it is dead),
# `appendleft` fills room made at the front (as much room as there are items).


class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError("maxlen must be non-negative")
        self._items = []
        self._head = 0
        self.maxlen = maxlen
        for x in iterable:
            self.append(x)

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def append(self, x):
        self._items.append(x)
        limit = self.maxlen
        if limit is not None and len(self._items) - self._head > limit:
            self._head += 1
            self._compact()

    def appendleft(self, x):
        if self._head == 0:
            room = max(8, len(self._items))
            self._items = [x] * room + self._items
            self._head = room
        self._head -= 1
        self._items[self._head] = x
        limit = self.maxlen
        if limit is not None and len(self._items) - self._head > limit:
            self._items.pop()

    def pop(self):
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        x = self._items[self._head]
        self._head += 1
        self._compact()
        return x

    def _compact(self):
        if self._head >= 16 and self._head * 2 >= len(self._items):
            del self._items[:self._head]
            self._head = 0

    def extend(self, iterable):
        # A list first: `d.extend(d)` takes the items it has now.
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def clear(self):
        del self._items[:]
        self._head = 0

    def copy(self):
        return deque(self._items[self._head:], self.maxlen)

    def count(self, x):
        n = 0
        for i in range(self._head, len(self._items)):
            if self._items[i] == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        length = len(self._items) - self._head
        if start < 0:
            start = max(start + length, 0)
        end = length
        if stop is not None:
            end = stop + length if stop < 0 else min(stop, length)
        for i in range(start, end):
            if self._items[self._head + i] == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def remove(self, x):
        for i in range(self._head, len(self._items)):
            if self._items[i] == x:
                del self._items[i]
                return
        raise ValueError(f"{x!r} is not in deque")

    def reverse(self):
        live = self._items[self._head:]
        live.reverse()
        self._items = live
        self._head = 0

    def rotate(self, n=1):
        length = len(self._items) - self._head
        if length <= 1:
            return
        # The shorter way round, an item at a time (each step amortized O(1)).
        n %= length
        if n > length // 2:
            n -= length
        while n > 0:
            self.appendleft(self._items.pop())
            n -= 1
        while n < 0:
            self._items.append(self.popleft())
            n += 1

    def __getitem__(self, i):
        length = len(self._items) - self._head
        if i < 0:
            i += length
        if i < 0 or i >= length:
            raise IndexError("deque index out of range")
        return self._items[self._head + i]

    def __setitem__(self, i, x):
        length = len(self._items) - self._head
        if i < 0:
            i += length
        if i < 0 or i >= length:
            raise IndexError("deque index out of range")
        self._items[self._head + i] = x

    def __iadd__(self, iterable):
        self.extend(iterable)
        return self

    def __add__(self, other):
        result = self.copy()
        result.extend(other)
        return result

    def __mul__(self, n):
        result = deque(self._items[self._head:] * n, self.maxlen)
        return result

    def __lt__(self, other):
        return self._items[self._head:] < other._items[other._head:]

    def __le__(self, other):
        return self._items[self._head:] <= other._items[other._head:]

    def __gt__(self, other):
        return self._items[self._head:] > other._items[other._head:]

    def __ge__(self, other):
        return self._items[self._head:] >= other._items[other._head:]

    def __contains__(self, x):
        for i in range(self._head, len(self._items)):
            if self._items[i] == x:
                return True
        return False

    def __iter__(self):
        i = self._head
        while i < len(self._items):
            yield self._items[i]
            i += 1

    def __eq__(self, other):
        return self._items[self._head:] == other._items[other._head:]

    def __repr__(self):
        limit = self.maxlen
        if limit is None:
            return f"deque({self._items[self._head:]!r})"
        return f"deque({self._items[self._head:]!r}, maxlen={limit})"
