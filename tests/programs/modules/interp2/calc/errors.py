class CalcError(Exception):
    pass


class CalcSyntaxError(CalcError):
    def __init__(self, msg: str, pos: int) -> None:
        super().__init__(f"{msg} at {pos}")
        self.pos = pos


class CalcNameError(CalcError):
    pass
