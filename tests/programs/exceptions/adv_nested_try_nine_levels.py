# 9 nested try/except/finally statements: an exception raised at each depth is handled by the first matching level, finally clauses run innermost first
def nest(target):
    log = []
    try:
        if target == 0:
            raise KeyError(0)
        try:
            if target == 1:
                raise ValueError(1)
            try:
                if target == 2:
                    raise IndexError(2)
                try:
                    if target == 3:
                        raise KeyError(3)
                    try:
                        if target == 4:
                            raise ValueError(4)
                        try:
                            if target == 5:
                                raise IndexError(5)
                            try:
                                if target == 6:
                                    raise KeyError(6)
                                try:
                                    if target == 7:
                                        raise ValueError(7)
                                    try:
                                        if target == 8:
                                            raise IndexError(8)
                                        log.append("body")
                                    except ZeroDivisionError as e:
                                        log.append("L8 caught " + repr(e))
                                        if target > 5:
                                            raise RuntimeError("from L8")
                                    finally:
                                        log.append("F8")
                                except LookupError as e:
                                    log.append("L7 caught " + repr(e))
                                finally:
                                    log.append("F7")
                            except ValueError as e:
                                log.append("L6 caught " + repr(e))
                            finally:
                                log.append("F6")
                        except ZeroDivisionError as e:
                            log.append("L5 caught " + repr(e))
                        finally:
                            log.append("F5")
                    except LookupError as e:
                        log.append("L4 caught " + repr(e))
                        if target > 5:
                            raise RuntimeError("from L4")
                    finally:
                        log.append("F4")
                except ValueError as e:
                    log.append("L3 caught " + repr(e))
                finally:
                    log.append("F3")
            except ZeroDivisionError as e:
                log.append("L2 caught " + repr(e))
            finally:
                log.append("F2")
        except LookupError as e:
            log.append("L1 caught " + repr(e))
        finally:
            log.append("F1")
    except ValueError as e:
        log.append("L0 caught " + repr(e))
        if target > 5:
            raise RuntimeError("from L0")
    finally:
        log.append("F0")
    return log
for t in range(10):
    try:
        print(t, nest(t))
    except (RuntimeError, KeyError) as e:
        print(t, "escaped", repr(e))
nest(7)
