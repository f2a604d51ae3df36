# @staticmethod updating a class attribute through the class name
class Base:
    count = 0
    @staticmethod
    def bump():
        Base.count += 1
        return Base.count
print(Base.bump(), Base().bump(), Base.count)
