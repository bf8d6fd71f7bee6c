class ParseError(Exception):
    pass

def parse_int(text):
    try:
        return int(text)
    except ValueError:
        raise ParseError(f'not an integer: {text!r}') from None

def parse_pair(text):
    left, right = text.split(',')
    try:
        return parse_int(left), parse_int(right)
    except ParseError as e:
        raise ValueError('bad pair') from e

print(parse_pair('1,2'))
parse_pair('1,x')
