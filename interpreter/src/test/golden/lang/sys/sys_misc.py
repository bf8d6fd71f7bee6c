# Facts about the implementation that do not depend on the word size.
import sys
print(sys.byteorder, sys.maxunicode, hex(sys.maxunicode), chr(sys.maxunicode) == "\U0010ffff")
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix, sys.float_info.max_exp, sys.float_info.min_exp)
print(sys.float_info.max_10_exp, sys.float_info.min_10_exp, sys.float_info.rounds)
print(sys.float_info)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.flags.debug, sys.flags.optimize, sys.flags.verbose, sys.flags.dev_mode, sys.flags.quiet)
print(type(sys.flags).__name__, type(sys.float_info).__name__, type(sys.int_info).__name__)
s = "".join(["inter", "ned"])
print(sys.intern(s) is sys.intern("interned"), sys.intern(s) == s)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.maxsize).__name__, sys.maxsize > 2 ** 30)
print(sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str))
print(isinstance(sys.platform, str), isinstance(sys.version, str), isinstance(sys.executable, str))
print(repr(sys.modules["sys"]), sys.__name__, sys.__doc__ is None or isinstance(sys.__doc__, str))
print(sys.exit.__name__, sys.getrecursionlimit.__name__, callable(sys.exit))
