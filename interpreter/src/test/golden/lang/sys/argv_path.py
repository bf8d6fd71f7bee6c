# sys.argv, sys.path and sys.modules as a program sees them.
import sys
# (argv[0] is the file as given on the command line: compare its last part only)
print([a.rsplit("/", 1)[-1] for a in sys.argv], len(sys.argv), type(sys.argv).__name__)
print(sys.path[0], type(sys.path).__name__)
print(sys.argv[0].rsplit("/", 1)[-1] == __file__.rsplit("/", 1)[1])
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules["sys"] is sys)
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(type(sys.builtin_module_names).__name__, list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
sys.argv.append("added")
print(sys.argv[-1])
sys.path.insert(0, "/nowhere")
try:
    import surely_not_a_module_name
except ImportError as e:
    print(type(e).__name__, e)
print(sys.path[0])
