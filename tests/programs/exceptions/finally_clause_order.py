# Order of try / except / else / finally / after, with no exception, a handled one and an escaping one.
log = []


def run(k):
    try:
        log.append(str(k) + ":try")
        if k == 1:
            raise ValueError("v")
        if k == 2:
            raise KeyError("k")
    except ValueError:
        log.append(str(k) + ":except")
    else:
        log.append(str(k) + ":else")
    finally:
        log.append(str(k) + ":finally")
    log.append(str(k) + ":after")


for k in range(3):
    try:
        run(k)
    except KeyError:
        log.append(str(k) + ":caller")
for entry in log:
    print(entry)
