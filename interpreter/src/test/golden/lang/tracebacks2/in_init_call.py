class Config:
    def __init__(self, path, *, strict=False):
        self.path = path
        self.strict = strict
        self.parts = path.split('/')

cfg = Config('a/b')
print(cfg.parts)
Config(None, strict=True)
