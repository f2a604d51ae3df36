class GeometryError(ValueError):
    def __init__(self, what: str, value: float) -> None:
        super().__init__(f"invalid {what}: {value}")
        self.what = what
        self.value = value
