# type(x).__name__ on base-typed values: counting by class name, comparing names, in f-strings
class Piece:
    def __init__(self, row, col):
        self.row = row
        self.col = col

    def moves(self):
        return 0


class Rook(Piece):
    def moves(self):
        return 14


class Knight(Piece):
    def moves(self):
        n = 0
        for dr in [-2, -1, 1, 2]:
            for dc in [-2, -1, 1, 2]:
                if abs(dr) != abs(dc):
                    r = self.row + dr
                    c = self.col + dc
                    if 0 <= r < 8 and 0 <= c < 8:
                        n += 1
        return n


class Pawn(Piece):
    def moves(self):
        return 2 if self.row == 1 else 1


board = [Rook(0, 0), Knight(0, 1), Pawn(1, 0), Pawn(3, 3), Knight(4, 4), Piece(7, 7)]
counts = {}
for p in board:
    name = type(p).__name__
    counts[name] = counts.get(name, 0) + 1
    print(name, p.row, p.col, p.moves())
print(counts)
print(type(board[2]).__name__ == type(board[3]).__name__, type(board[1]).__name__ == type(board[2]).__name__)
print([f"{type(p).__name__}@{p.row}{p.col}" for p in board if p.moves() > 2])
print(sorted([type(p).__name__ for p in board]))
