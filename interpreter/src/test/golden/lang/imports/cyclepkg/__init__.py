# A package whose __init__ imports submodules that import the package back.
VERSION = "1.0"
from .models import *
from . import views
