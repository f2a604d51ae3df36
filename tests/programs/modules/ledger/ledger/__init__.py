print("init", __name__)
from . import config
