# Validation script exiting with status 3 (variant of sysexit3.py: prints str(e) instead of e.code); finally blocks still run.
import sys

RECORDS = [
    {"id": "1", "email": "ann@example.com", "age": "34"},
    {"id": "2", "email": "bob_at_example.com", "age": "29"},
    {"id": "3", "email": "cyd@example", "age": "-4"},
    {"id": "4", "email": "dee@example.org", "age": "x"},
    {"id": "5", "email": "eve@example.net", "age": "51"},
]


def problems(rec: dict[str, str]) -> list[str]:
    out: list[str] = []
    email = rec["email"]
    if email.count("@") != 1:
        out.append("email must contain one @")
    else:
        user, domain = email.split("@")
        if "." not in domain:
            out.append(f"domain {domain!r} has no dot")
    try:
        age = int(rec["age"])
        if not 0 <= age <= 150:
            out.append(f"age {age} out of range")
    except ValueError:
        out.append(f"age {rec['age']!r} is not a number")
    return out


def main() -> int:
    bad = 0
    try:
        for rec in RECORDS:
            ps = problems(rec)
            status = "ok" if not ps else "; ".join(ps)
            print(f"#{rec['id']}: {status}")
            if ps:
                bad += 1
        if bad:
            print(f"{bad} invalid record(s)", file=sys.stderr)
            sys.exit(3)
        return 0
    finally:
        print("cleanup done, bad =", bad)


try:
    main()
except SystemExit as e:
    print("exiting via SystemExit:", e)
    raise
print("not reached")
