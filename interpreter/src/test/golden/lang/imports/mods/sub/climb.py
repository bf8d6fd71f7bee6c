# Goes above the top-level package: ImportError.
from .... import nothing
