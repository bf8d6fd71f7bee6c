def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

x = 1
del x
t(lambda: x)
a, b, c = 1, 2, 3
del a, b
print(c)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a']
print(d)
def del_missing_key():
    del d['zz']
t(del_missing_key)
def del_index():
    l = [1]
    del l[5]
t(del_index)
def del_tuple_item():
    tp = (1, 2)
    del tp[0]
t(del_tuple_item)
def del_str_item():
    s = 'ab'
    del s[0]
t(del_str_item)
def del_int_item():
    n = 5
    del n[0]
t(del_int_item)
def del_unbound():
    del undefined_local
    undefined_local = 1
t(del_unbound)
def del_global_missing():
    global never_defined
    del never_defined
t(del_global_missing)
def del_twice():
    v = 1
    del v
    del v
t(del_twice)

class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
o = C()
del o.inst
t(lambda: o.inst)
def del_missing_attr():
    del o.nothing
t(del_missing_attr)
def del_cls_attr_via_inst():
    del o.cls_attr
t(del_cls_attr_via_inst)
del C.cls_attr
t(lambda: C.cls_attr)
def del_builtin_attr():
    del (1).real
t(del_builtin_attr)
def del_type_attr():
    del int.real
t(del_type_attr)
def del_none_attr():
    del None.x
t(del_none_attr)

class Hooks:
    def __delitem__(self, k):
        print('delitem', k)
    def __delattr__(self, n):
        print('delattr', n)
h = Hooks()
del h[1], h['k'], h[1:2], h[::3], h[1, 2]
del h.anything
class NoDel:
    def __getitem__(self, k):
        return k
t(lambda: exec('del NoDel()[0]', {'NoDel': NoDel}))
def del_slice_tuple():
    t_ = (1, 2, 3)
    del t_[1:]
t(del_slice_tuple)
l2 = [[1, 2], [3, 4]]
del l2[0][1], l2[1]
print(l2)
m = [1, 2, 3]
del (m[0]), [m[0]]
print(m)
for i in range(3):
    pass
del i
t(lambda: i)
def del_in_loop():
    out = []
    for k in range(3):
        out.append(k)
        del k
    return out
print(del_in_loop())
def del_closure():
    v = 1
    def g():
        nonlocal v
        del v
    g()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ' ' + str(e)
print(del_closure())
ba = bytearray(b'abcdef')
del ba[1:3]
del ba[0]
print(ba)
