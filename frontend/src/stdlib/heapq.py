# kiln's `heapq`: the heap operations on lists, with the same comparisons in the same order as
# CPython's, so heaps hold their items in the same places.


def heappush(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0)
    return smallest


def heapreplace(heap, item):
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sift_toward_leaves(heap, 0)
        return smallest
    return item


def heapify(heap):
    for position in range(len(heap) // 2 - 1, -1, -1):
        _sift_toward_leaves(heap, position)


def nlargest(n, iterable, key=None):
    if n <= 0:
        return sorted(iterable, key=key)[:0]
    return sorted(iterable, key=key, reverse=True)[:n]


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return sorted(iterable, key=key)[:0]
    return sorted(iterable, key=key)[:n]


# The item at `position` moves toward the root (not past `start`) while it is smaller than
# its parent.
def _sift_toward_root(heap, start, position):
    item = heap[position]
    while position > start:
        parent_position = (position - 1) // 2
        parent = heap[parent_position]
        if not item < parent:
            break
        heap[position] = parent
        position = parent_position
    heap[position] = item


# The item at `position` goes down along the path of smaller children to a leaf, then back up
# to its place: fewer comparisons than stopping on the way down.
def _sift_toward_leaves(heap, position):
    end = len(heap)
    start = position
    item = heap[position]
    child = 2 * position + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[position] = heap[child]
        position = child
        child = 2 * position + 1
    heap[position] = item
    _sift_toward_root(heap, start, position)
