# A retry loop: a failing operation is retried until it succeeds or the attempts run out.
attempts = 0


def flaky(fail_times):
    global attempts
    attempts += 1
    if attempts <= fail_times:
        raise RuntimeError("attempt " + str(attempts) + " failed")
    return attempts * 10


def retry(fail_times, limit):
    global attempts
    attempts = 0
    tries = 0
    while True:
        tries += 1
        try:
            return flaky(fail_times)
        except RuntimeError as e:
            print("  ", e)
            if tries >= limit:
                print("  giving up")
                return -1


print(retry(0, 3))
print(retry(2, 3))
print(retry(5, 3))
