class ConfigError(Exception):
    def __str__(self):
        return "config: " + super().__str__()

def read():
    try:
        {}["key"]
    except KeyError as e:
        raise ConfigError("missing key") from e

read()
