# help() with no argument reads requests from stdin until EOF or "quit"

help()
print('after help')
help()
print('done')
