# uncaught: exception saved from a handler and raised later at module level keeps its old traceback
try:
    raise ValueError("one")
except ValueError as e:
    err = e
    print("saved")
raise err
