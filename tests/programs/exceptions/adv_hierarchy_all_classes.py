# every builtin exception class against every handler class: except clauses and isinstance agree with CPython's hierarchy
# every builtin exception class against every handler class: except clauses and isinstance agree with CPython's hierarchy
def probe(code):
    out = []
    if code == 0:
        e = BaseException('m')
    if code == 1:
        e = Exception('m')
    if code == 2:
        e = ArithmeticError('m')
    if code == 3:
        e = ZeroDivisionError('m')
    if code == 4:
        e = OverflowError('m')
    if code == 5:
        e = LookupError('m')
    if code == 6:
        e = IndexError('m')
    if code == 7:
        e = KeyError('m')
    if code == 8:
        e = ValueError('m')
    if code == 9:
        e = TypeError('m')
    if code == 10:
        e = RuntimeError('m')
    if code == 11:
        e = NotImplementedError('m')
    if code == 12:
        e = AssertionError('m')
    if code == 13:
        e = AttributeError('m')
    if code == 14:
        e = NameError('m')
    if code == 15:
        e = UnboundLocalError('m')
    if code == 16:
        e = RecursionError('m')
    if code == 17:
        e = StopIteration('m')
    if code == 18:
        e = UnicodeError('m')
    if code == 19:
        e = MemoryError('m')
    if code == 20:
        e = KeyboardInterrupt('m')
    if code == 21:
        e = SystemExit('m')
    if code == 22:
        e = GeneratorExit('m')
    return e
def check(code):
    e = probe(code)
    row = ''
    try:
        raise e
    except BaseException:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except Exception:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except ArithmeticError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except ZeroDivisionError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except OverflowError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except LookupError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except IndexError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except KeyError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except ValueError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except TypeError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except RuntimeError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except NotImplementedError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except AssertionError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except AttributeError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except NameError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except UnboundLocalError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except RecursionError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except StopIteration:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except UnicodeError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except MemoryError:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except KeyboardInterrupt:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except SystemExit:
        row += 'Y'
    except BaseException:
        row += '.'
    try:
        raise e
    except GeneratorExit:
        row += 'Y'
    except BaseException:
        row += '.'
    row += ' '
    row += 'Y' if isinstance(e, BaseException) else '.'
    row += 'Y' if isinstance(e, Exception) else '.'
    row += 'Y' if isinstance(e, ArithmeticError) else '.'
    row += 'Y' if isinstance(e, ZeroDivisionError) else '.'
    row += 'Y' if isinstance(e, OverflowError) else '.'
    row += 'Y' if isinstance(e, LookupError) else '.'
    row += 'Y' if isinstance(e, IndexError) else '.'
    row += 'Y' if isinstance(e, KeyError) else '.'
    row += 'Y' if isinstance(e, ValueError) else '.'
    row += 'Y' if isinstance(e, TypeError) else '.'
    row += 'Y' if isinstance(e, RuntimeError) else '.'
    row += 'Y' if isinstance(e, NotImplementedError) else '.'
    row += 'Y' if isinstance(e, AssertionError) else '.'
    row += 'Y' if isinstance(e, AttributeError) else '.'
    row += 'Y' if isinstance(e, NameError) else '.'
    row += 'Y' if isinstance(e, UnboundLocalError) else '.'
    row += 'Y' if isinstance(e, RecursionError) else '.'
    row += 'Y' if isinstance(e, StopIteration) else '.'
    row += 'Y' if isinstance(e, UnicodeError) else '.'
    row += 'Y' if isinstance(e, MemoryError) else '.'
    row += 'Y' if isinstance(e, KeyboardInterrupt) else '.'
    row += 'Y' if isinstance(e, SystemExit) else '.'
    row += 'Y' if isinstance(e, GeneratorExit) else '.'
    print(type(e).__name__, row)
for c in range(23):
    check(c)
