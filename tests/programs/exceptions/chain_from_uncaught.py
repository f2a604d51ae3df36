# "raise X from e" uncaught: the cause is reported first, then "The above exception was the direct cause ...".
def parse_port(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad port " + repr(s)) from e


print(parse_port("8080"))
print(parse_port("80a"))
