print("loading the store package")
