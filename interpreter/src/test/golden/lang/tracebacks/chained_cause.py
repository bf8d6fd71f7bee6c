# "The above exception was the direct cause of the following exception".
class ConfigError(Exception):
    pass

def load(settings):
    try:
        return settings["port"]
    except KeyError as e:
        raise ConfigError("port is required") from e

load({})
