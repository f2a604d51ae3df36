# kiln-test: host-only: math.erf comes from the C library's libm, whose last bit differs between glibc and musl
import math

def mean(xs: list[float]) -> float:
    return sum(xs, 0.0) / len(xs)

def stdev(xs: list[float]) -> float:
    m = mean(xs)
    return math.sqrt(sum([(x - m) ** 2 for x in xs], 0.0) / (len(xs) - 1))

def normal_cdf(x: float, mu: float = 0.0, sigma: float = 1.0) -> float:
    return 0.5 * (1 + math.erf((x - mu) / (sigma * math.sqrt(2))))

def geo_mean(xs):
    return math.exp(sum([math.log(x) for x in xs], 0.0) / len(xs))

data = [2.5, 3.1, 4.7, 1.2, 9.9, 5.5, 6.0, 3.3]
print(f"mean={mean(data):.4f} sd={stdev(data):.4f}")
print([round(normal_cdf(z), 5) for z in [-3.0, -1.96, 0.0, 1.0, 1.96, 3.0]])
print(geo_mean(data), math.log10(geo_mean(data)))
print(math.isclose(normal_cdf(1.96), 0.975, abs_tol=1e-3))
z = [(x - mean(data)) / stdev(data) for x in data]
print(["%+.3f" % v for v in z])
binom = [math.comb(10, k) * 0.3 ** k * 0.7 ** (10 - k) for k in range(11)]
print(sum(binom, 0.0), max(binom), binom.index(max(binom)))
print(math.factorial(10) // (math.factorial(3) * math.factorial(7)), math.perm(10, 3) // math.factorial(3))
entropy = -sum([p * math.log2(p) for p in binom if p > 0], 0.0)
print(f"entropy {entropy:.6f} bits")
print(geo_mean([1.0, 0.0, 2.0]))
