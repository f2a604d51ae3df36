# three chained exceptions (builtin -> user -> user via "from"), the last uncaught
class StorageError(Exception):
    pass


class ServiceError(Exception):
    pass


def storage(k):
    try:
        return [1, 2, 3][k]
    except IndexError as e:
        raise StorageError("slot " + str(k) + " missing") from e


def service(k):
    try:
        return storage(k)
    except StorageError as e:
        raise ServiceError("service failed") from e


print(service(1))
print(service(7))
