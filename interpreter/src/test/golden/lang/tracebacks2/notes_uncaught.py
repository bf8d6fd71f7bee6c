def validate(x):
    if x < 0:
        e = ValueError(f'negative: {x}')
        e.add_note('values must be >= 0')
        e.add_note(f'got {x} from the caller')
        raise e
    return x

try:
    validate(-1)
except ValueError as e:
    e.add_note('caught and re-raised')
    raise
