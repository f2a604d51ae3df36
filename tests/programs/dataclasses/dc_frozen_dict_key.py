# frozen dataclasses are hashable: equal instances find the same dict entry
from dataclasses import dataclass


@dataclass(frozen=True)
class Pos:
    row: int
    col: int


board: dict[Pos, str] = {}
board[Pos(0, 0)] = "rook"
board[Pos(0, 1)] = "knight"
board[Pos(7, 4)] = "king"
print(board[Pos(0, 1)])
print(Pos(7, 4) in board, Pos(4, 7) in board)
board[Pos(0, 0)] = "queen"
print(len(board))
for p, piece in board.items():
    print(p, piece)
print(board.get(Pos(3, 3), "empty"))
del board[Pos(0, 1)]
print(list(board.keys()))
