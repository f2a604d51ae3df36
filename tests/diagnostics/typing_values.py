# kiln accepts the names of `typing` in annotations, which it does not evaluate.
from typing import List

Vector = List[float]  # error: [unsupported-typing]
