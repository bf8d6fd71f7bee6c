x: int
"""not doc"""
