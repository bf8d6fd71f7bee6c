"""A sample module for help().

It has classes, functions and data; imported by modules.py.
"""

__version__ = '1.2'
__author__ = 'Snakebox'

LIMIT = 10
NAMES = ('alpha', 'beta')
_private = 1


class Animal:
    """An animal."""

    def speak(self):
        """Make a sound."""
        return '...'


class Dog(Animal):
    """A dog."""

    def speak(self):
        return 'Woof'


def helper(value, *, twice=False):
    """Help with a value."""
    return value * 2 if twice else value


def _hidden():
    pass
