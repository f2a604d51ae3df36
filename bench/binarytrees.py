# Benchmark: binary-trees from the Computer Language Benchmarks Game
# (allocation-heavy: every tree node is a fresh heap object).
#
# kiln has no classes yet and gives every value one static type, so a node
# cannot hold its children directly (that would need a recursive type).
# Instead a tree is a list of nodes, each node a tuple (left, right) of the
# indices of its children in that list, or (-1, -1) for a leaf; a node is
# appended after its children, so the root is the last node.
#
# Size: N = 17: one stretch tree of depth 18, one long-lived tree of depth
# 17 kept alive throughout, and 2**(17 - d + 4) trees of each even depth d
# from 4 to 16 (about 30 million nodes allocated in all).

MIN_DEPTH = 4
N = 17


def make(depth, nodes):
    if depth == 0:
        nodes.append((-1, -1))
    else:
        left = make(depth - 1, nodes)
        right = make(depth - 1, nodes)
        nodes.append((left, right))
    return len(nodes) - 1


def tree(depth):
    nodes = []
    make(depth, nodes)
    return nodes


def check(nodes, i):
    left, right = nodes[i]
    if left < 0:
        return 1
    return 1 + check(nodes, left) + check(nodes, right)


def check_tree(nodes):
    return check(nodes, len(nodes) - 1)


max_depth = max(MIN_DEPTH + 2, N)
stretch = max_depth + 1
print(f"stretch tree of depth {stretch}\t check: {check_tree(tree(stretch))}")

long_lived = tree(max_depth)

for depth in range(MIN_DEPTH, max_depth + 1, 2):
    iterations = 2 ** (max_depth - depth + MIN_DEPTH)
    total = 0
    for i in range(iterations):
        total += check_tree(tree(depth))
    print(f"{iterations}\t trees of depth {depth}\t check: {total}")

print(f"long lived tree of depth {max_depth}\t check: {check_tree(long_lived)}")
