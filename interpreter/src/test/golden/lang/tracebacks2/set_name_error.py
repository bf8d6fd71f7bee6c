class Field:
    def __set_name__(self, owner, name):
        raise ValueError(f'bad field name {name!r}')

class Model:
    title = Field()
