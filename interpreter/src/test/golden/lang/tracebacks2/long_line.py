def f(a_very_long_parameter_name, another_quite_long_parameter_name, yet_another_one):
    return a_very_long_parameter_name + another_quite_long_parameter_name + yet_another_one + undefined_variable_name_here

f(1111111111111111111111, 2222222222222222222222222222222, 333333333333333333333333333333333333333333)
