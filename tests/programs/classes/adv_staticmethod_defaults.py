# @staticmethod with defaults called through the class, an instance and self
class M:
    @staticmethod
    def add(a, b=10):
        return a + b
    def use(self):
        return M.add(1) + self.add(2, b=3)
print(M.add(1, 2), M().add(5), M().use())
