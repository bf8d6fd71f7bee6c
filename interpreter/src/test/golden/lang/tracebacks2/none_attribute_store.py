obj = None
obj.attr.other = 5
