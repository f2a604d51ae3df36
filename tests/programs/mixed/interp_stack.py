# a tiny stack machine: polymorphic instructions, custom VM errors with fields, uncaught at the end
class VMError(Exception):
    def __init__(self, pc: int, msg: str):
        super().__init__(f"pc={pc}: {msg}")
        self.pc = pc


class StackUnderflow(VMError):
    pass


class Instr:
    def run(self, stack: list[int], pc: int) -> int:
        return pc + 1

    def __repr__(self) -> str:
        return self.__class__.__name__


class Push(Instr):
    def __init__(self, v: int):
        self.v = v

    def run(self, stack: list[int], pc: int) -> int:
        stack.append(self.v)
        return pc + 1

    def __repr__(self) -> str:
        return f"Push({self.v})"


class Add(Instr):
    def run(self, stack: list[int], pc: int) -> int:
        if len(stack) < 2:
            raise StackUnderflow(pc, "add needs 2")
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b)
        return pc + 1


class JumpIfPos(Instr):
    def __init__(self, target: int):
        self.target = target

    def run(self, stack: list[int], pc: int) -> int:
        if stack[-1] > 0:
            return self.target
        return pc + 1


def execute(prog: list[Instr]) -> list[int]:
    stack: list[int] = []
    pc = 0
    steps = 0
    while pc < len(prog):
        pc = prog[pc].run(stack, pc)
        steps += 1
        if steps > 50:
            raise VMError(pc, "too many steps")
    return stack


print(execute([Push(2), Push(3), Add(), Instr()]))
print([Push(1), Add(), JumpIfPos(0)])
for prog in [[Push(1), Add()], [Push(1), JumpIfPos(0)]]:
    try:
        execute(prog)
    except StackUnderflow as e:
        print("underflow", e, e.pc)
    except VMError as e:
        print("vm", e, e.pc, type(e).__name__)
execute([Push(-5), Push(5), Add(), Add()])
