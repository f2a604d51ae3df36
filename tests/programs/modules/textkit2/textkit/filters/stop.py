from .. import DEFAULT_STOP


def remove_stop(ws: list[str], extra: list[str]) -> list[str]:
    extra_set = set(extra)
    return [w for w in ws if w not in DEFAULT_STOP and w not in extra_set]
