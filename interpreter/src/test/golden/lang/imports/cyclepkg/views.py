import cyclepkg
from cyclepkg import models
from .models import Model
def render():
    return Model.version + "/" + cyclepkg.VERSION
try:
    from cyclepkg import views as me
except ImportError as e:
    print("ImportError", e)
try:
    cyclepkg.views
except AttributeError as e:
    print("AttributeError", e)
