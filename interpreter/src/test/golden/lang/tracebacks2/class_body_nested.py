def make_config():
    class Config:
        name = 'cfg'
        size = len(name)
        limit = size * undefined_limit
    return Config

make_config()
