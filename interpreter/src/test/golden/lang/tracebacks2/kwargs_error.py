def connect(host, port=80, *, timeout=10):
    return f'{host}:{port} ({timeout}s)'

print(connect('example', timeout=5))
settings = {'host': 'x', 'port': 1, 'timout': 3}
connect(**settings)
