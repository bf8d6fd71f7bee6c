# help() of modules: a module of the program, one made at run time, dotted names in a module

import sample_module
import sys

help(sample_module)
help('sample_module.helper')
help('sample_module.Dog.speak')
help(sample_module.LIMIT)

virtual = type(sys)('virtual', 'A module made at run time.\n\nIt has no file.')
virtual.answer = 42
def ask(question):
    """Ask a question."""
    return 42
ask.__module__ = 'virtual'
virtual.ask = ask
sys.modules['virtual'] = virtual
help(virtual)
help('virtual.ask')
