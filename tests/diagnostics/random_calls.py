# What kiln does not compile of `random` is refused.
import random

random.seed("text")  # error: [unsupported-call]
random.choice((1, 2, 3))  # error: [unsupported-call]
random.shuffle("abc")  # error: [unsupported-call]
random.randint(1.5, 3)  # error: [unsupported-call]
