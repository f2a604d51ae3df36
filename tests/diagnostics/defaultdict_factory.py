# defaultdict's factory must be one of the builtin classes kiln knows the value of.
from collections import defaultdict

zeros = defaultdict(lambda: 0)  # error: [unsupported-call]
