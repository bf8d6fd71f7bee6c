# The oracle (CPython 3.13 in Pyodide) ships without pydoc_data; this package beside the
# help6 programs stands in for it there (see topics.py). Snakebox never imports it.
