class Service:
    def __init__(self):
        self.handlers = {'ok': lambda req: req.upper()}

    def dispatch(self, kind, request):
        return self.handlers[kind](request)

svc = Service()
print(svc.dispatch('ok', 'ping'))
print(svc.dispatch('ok', 42))
