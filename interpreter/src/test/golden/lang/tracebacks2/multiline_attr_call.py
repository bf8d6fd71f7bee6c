class Builder:
    def step(self):
        return self
    def finish(self, x):
        return 10 // x

result = (Builder()
          .step()
          .step()
          .finish(0))
