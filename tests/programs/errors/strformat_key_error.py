# A key inside a str.format field is looked up at run time: a missing key raises KeyError.
config = {"host": "localhost", "port": "8080"}
print("{c[host]}:{c[port]}".format(c=config))
del config["port"]
print("{c[host]}:{c[port]}".format(c=config))
