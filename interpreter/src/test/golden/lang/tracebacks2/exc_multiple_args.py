raise OSError(1000, 'No such file or directory', 'missing.txt')
