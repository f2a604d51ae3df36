from .stop import remove_stop
from .stemmer import stem

PIPELINE_NAME = "default"
