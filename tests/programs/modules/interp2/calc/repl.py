from calc.parser import parse_statement
from calc.errors import CalcError
import calc.errors


def run(lines: list[str]) -> dict[str, int]:
    env: dict[str, int] = {}
    for n, line in enumerate(lines, 1):
        try:
            target, node = parse_statement(line)
            value = node.eval(env)
        except calc.errors.CalcSyntaxError as e:
            print(f"{n}: syntax error: {e} (pos {e.pos})")
            continue
        except CalcError as e:
            print(f"{n}: {type(e).__name__}: {e}")
            continue
        if target:
            env[target] = value
            print(f"{n}: {target} := {node.show()} = {value}")
        else:
            print(f"{n}: {node.show()} = {value}")
    return env
