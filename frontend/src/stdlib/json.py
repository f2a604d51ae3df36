# kiln's `json`: `dumps` and `dump` with CPython's formatting, over the runtime's encoder
# (`_kiln.json_dumps`, which walks the value by its type). `loads` needs a type known only
# when the program runs, so kiln does not have it.

import _kiln


def dumps(obj, skipkeys=False, ensure_ascii=True, indent=None, separators=None, sort_keys=False):
    item_separator = ", "
    key_separator = ": "
    if indent is not None:
        item_separator = ","
    if separators is not None:
        item_separator, key_separator = separators
    if indent is None:
        return _kiln.json_dumps(obj, -1, item_separator, key_separator, sort_keys, ensure_ascii)
    return _kiln.json_dumps(obj, indent, item_separator, key_separator, sort_keys, ensure_ascii)


def dump(obj, fp, skipkeys=False, ensure_ascii=True, indent=None, separators=None,
         sort_keys=False):
    fp.write(dumps(obj, skipkeys, ensure_ascii, indent, separators, sort_keys))
