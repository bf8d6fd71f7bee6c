import helper_mod_tb2

print(helper_mod_tb2.double(2))
helper_mod_tb2.explode('boom')
