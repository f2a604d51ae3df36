# user exception objects passed to and returned from functions, raised later by another function
class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(job + ": " + reason)
        self.job = job


class Timeout(JobError):
    pass


def make_error(job, slow):
    if slow:
        return Timeout(job, "timed out")
    return JobError(job, "crashed")


def throw(e):
    print("  throwing", type(e).__name__)
    raise e


for job, slow in [("build", False), ("test", True)]:
    err = make_error(job, slow)
    print("made", repr(err), err.job)
    try:
        throw(err)
    except Timeout as e:
        print("timeout handler:", e, e is err)
    except JobError as e:
        print("job handler:", e, e is err)
