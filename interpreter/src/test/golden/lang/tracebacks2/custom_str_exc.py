class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f'{self.status} {self.reason}'

class EmptyStr(Exception):
    def __str__(self):
        return ''

try:
    raise EmptyStr()
except EmptyStr as e:
    raise HTTPError(503, 'Service Unavailable') from e
