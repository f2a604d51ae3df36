# traceback through an inherited method, an override and super().step()
class Base:
    def run(self):
        return self.step()
    def step(self):
        return [1][2]
class Sub(Base):
    def step(self):
        return super().step() + 1
Sub().run()
