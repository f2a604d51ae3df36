# Benchmark: a small ray tracer (classes, method calls, operator special
# methods, float arithmetic).
#
# Five spheres on a checkered floor (itself a huge sphere), two point
# lights, Lambert (diffuse) shading with hard shadows and one reflection
# bounce.  Every vector is a Vec3 instance and every vector operation a
# method call or an operator special method (__add__, __sub__, __mul__), so
# each ray allocates a few dozen short-lived objects.  Each pixel's colour
# is clamped and quantized to 0..255 per channel; the program prints the
# image size, the channel sums, a hash of all the pixels, the mean
# brightness and a few sample pixels.  kiln has no imports, so the square
# root is x ** 0.5 (the C twin calls pow(x, 0.5), as CPython's ** does).
#
# Size: 320 x 240 pixels, 3 x 3 samples per pixel (691,200 primary rays).

WIDTH = 320
HEIGHT = 240
SAMPLES = 3
MAX_DEPTH = 1
EPS = 0.0001


class Vec3:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, s):
        return Vec3(self.x * s, self.y * s, self.z * s)

    def mul(self, o):
        return Vec3(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, color, reflectivity, checker):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflectivity = reflectivity
        self.checker = checker

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        sq = disc ** 0.5
        t = -b - sq
        if t > EPS:
            return t
        t = -b + sq
        if t > EPS:
            return t
        return -1.0

    def normal_at(self, p):
        return (p - self.center) * (1.0 / self.radius)

    def color_at(self, p):
        if self.checker:
            cx = int(p.x + 1000.0)
            cz = int(p.z + 1000.0)
            if (cx + cz) % 2 == 0:
                return self.color
            return self.color * 0.3
        return self.color


class Light:
    def __init__(self, position, color, intensity):
        self.position = position
        self.color = color
        self.intensity = intensity


class Hit:
    def __init__(self, t, index):
        self.t = t
        self.index = index


class Scene:
    def __init__(self):
        self.spheres: list[Sphere] = []
        self.lights: list[Light] = []
        self.ambient = 0.1
        self.sky_top = Vec3(0.5, 0.7, 1.0)
        self.sky_bottom = Vec3(1.0, 1.0, 1.0)

    def add_sphere(self, s):
        self.spheres.append(s)

    def add_light(self, l):
        self.lights.append(l)

    def nearest(self, ray):
        best_t = 1.0e30
        best_i = -1
        i = 0
        for s in self.spheres:
            t = s.intersect(ray)
            if t > 0.0 and t < best_t:
                best_t = t
                best_i = i
            i += 1
        return Hit(best_t, best_i)

    def occluded(self, ray, max_t):
        for s in self.spheres:
            t = s.intersect(ray)
            if t > 0.0 and t < max_t:
                return True
        return False

    def sky(self, d):
        k = 0.5 * (d.y + 1.0)
        return self.sky_bottom * (1.0 - k) + self.sky_top * k

    def trace(self, ray, depth):
        hit = self.nearest(ray)
        if hit.index < 0:
            return self.sky(ray.direction)
        s = self.spheres[hit.index]
        p = ray.at(hit.t)
        n = s.normal_at(p)
        base = s.color_at(p)
        color = base * self.ambient
        start = p + n * EPS
        for light in self.lights:
            to_light = light.position - p
            dist = to_light.length()
            ldir = to_light * (1.0 / dist)
            ndotl = n.dot(ldir)
            if ndotl > 0.0:
                if not self.occluded(Ray(start, ldir), dist):
                    color = color + base.mul(light.color) * (ndotl * light.intensity)
        if depth > 0 and s.reflectivity > 0.0:
            d = ray.direction
            r = d - n * (2.0 * d.dot(n))
            refl = self.trace(Ray(start, r.normalized()), depth - 1)
            color = color * (1.0 - s.reflectivity) + refl * s.reflectivity
        return color


def to_byte(c):
    if c < 0.0:
        c = 0.0
    if c > 1.0:
        c = 1.0
    return int(c * 255.0 + 0.5)


def build_scene():
    scene = Scene()
    scene.add_sphere(Sphere(Vec3(0.0, -1000.0, 0.0), 1000.0, Vec3(0.9, 0.9, 0.9), 0.2, True))
    scene.add_sphere(Sphere(Vec3(0.0, 1.0, 4.0), 1.0, Vec3(0.9, 0.2, 0.2), 0.5, False))
    scene.add_sphere(Sphere(Vec3(-2.2, 0.8, 5.0), 0.8, Vec3(0.2, 0.8, 0.3), 0.3, False))
    scene.add_sphere(Sphere(Vec3(2.0, 0.6, 3.2), 0.6, Vec3(0.2, 0.4, 0.9), 0.6, False))
    scene.add_sphere(Sphere(Vec3(-0.7, 0.35, 2.2), 0.35, Vec3(0.9, 0.8, 0.1), 0.0, False))
    scene.add_sphere(Sphere(Vec3(1.1, 2.6, 6.5), 0.9, Vec3(0.8, 0.8, 0.8), 0.8, False))
    scene.add_light(Light(Vec3(-5.0, 8.0, -3.0), Vec3(1.0, 0.95, 0.9), 0.8))
    scene.add_light(Light(Vec3(6.0, 5.0, 1.0), Vec3(0.6, 0.7, 1.0), 0.5))
    return scene


def render(scene, width, height):
    eye = Vec3(0.0, 1.2, -2.5)
    aspect = width / height
    scale = 0.6
    inv_samples = 1.0 / (SAMPLES * SAMPLES)
    pixels: list[int] = []
    for j in range(height):
        for i in range(width):
            acc = Vec3(0.0, 0.0, 0.0)
            for sj in range(SAMPLES):
                for si in range(SAMPLES):
                    u = (2.0 * (i + (si + 0.5) / SAMPLES) / width - 1.0) * aspect * scale
                    v = (1.0 - 2.0 * (j + (sj + 0.5) / SAMPLES) / height) * scale
                    d = Vec3(u, v - 0.15, 1.0).normalized()
                    acc = acc + scene.trace(Ray(eye, d), MAX_DEPTH)
            acc = acc * inv_samples
            pixels.append(to_byte(acc.x))
            pixels.append(to_byte(acc.y))
            pixels.append(to_byte(acc.z))
    return pixels


def main():
    scene = build_scene()
    pixels = render(scene, WIDTH, HEIGHT)
    sum_r = 0
    sum_g = 0
    sum_b = 0
    h = 0
    for k in range(0, len(pixels), 3):
        r = pixels[k]
        g = pixels[k + 1]
        b = pixels[k + 2]
        sum_r += r
        sum_g += g
        sum_b += b
        h = (h * 31 + r) % 1000000007
        h = (h * 31 + g) % 1000000007
        h = (h * 31 + b) % 1000000007
    n = WIDTH * HEIGHT
    print("image %d x %d, %d samples per pixel" % (WIDTH, HEIGHT, SAMPLES * SAMPLES))
    print("sum r g b: %d %d %d" % (sum_r, sum_g, sum_b))
    print("hash: %d" % h)
    mean = (sum_r + sum_g + sum_b) / (3.0 * n * 255.0)
    print(f"mean brightness: {mean:.6f}")
    samples = [(0, 0), (160, 120), (40, 200), (280, 60), (100, 150), (230, 170), (319, 239)]
    for xy in samples:
        x = xy[0]
        y = xy[1]
        k = (y * WIDTH + x) * 3
        print("pixel (%d, %d): %d %d %d" % (x, y, pixels[k], pixels[k + 1], pixels[k + 2]))


main()
