# from __future__ import ... is read by the compiler and also imports the __future__ module.
from __future__ import annotations
import sys
import __future__ as future

print("__future__" in sys.modules, future.__name__, "__future__" in sys.builtin_module_names or True)
print(future.all_feature_names)
for name in future.all_feature_names:
    feature = getattr(future, name)
    print(name, feature, feature.compiler_flag == getattr(future, [c for c in dir(future) if c.startswith("CO_") and getattr(future, c) == feature.compiler_flag][0]))
print(future.annotations.getOptionalRelease(), future.annotations.getMandatoryRelease())
print(sorted([k for k in dir(future) if k.startswith("CO_")]))
print(future.__all__[:3], type(future.annotations).__name__)


def typed(x: NotDefinedAnywhere, y: list[int] = None) -> "quoted":
    return x


print(typed.__annotations__, annotations is future.annotations)
