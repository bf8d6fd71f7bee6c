# A package whose submodules import the package (and each other) while it initialises.
import cyclepkg
print(cyclepkg.views.render(), cyclepkg.Model)
print(sorted([k for k in ["Model", "models", "views", "VERSION"] if hasattr(cyclepkg, k)]))
from cyclepkg.views import render
import cyclepkg.models as models
print(models.Model is cyclepkg.Model, render is cyclepkg.views.render)
print(cyclepkg.models.__package__, cyclepkg.views.__name__)
