/* C twin of raytrace.py: the same scene, the same float operations in the
 * same order (vectors are structs passed by value where Python allocates a
 * Vec3 instance per operation; x ** 0.5 is pow(x, 0.5), as CPython's **
 * calls pow()), the same quantization, hash and output. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <math.h>

#define WIDTH 320
#define HEIGHT 240
#define SAMPLES 3
#define MAX_DEPTH 1
#define EPS 0.0001

typedef struct { double x, y, z; } Vec3;

static Vec3 vec3(double x, double y, double z) { Vec3 v = {x, y, z}; return v; }
static Vec3 v_add(Vec3 a, Vec3 o) { return vec3(a.x + o.x, a.y + o.y, a.z + o.z); }
static Vec3 v_sub(Vec3 a, Vec3 o) { return vec3(a.x - o.x, a.y - o.y, a.z - o.z); }
static Vec3 v_scale(Vec3 a, double s) { return vec3(a.x * s, a.y * s, a.z * s); }
static Vec3 v_mul(Vec3 a, Vec3 o) { return vec3(a.x * o.x, a.y * o.y, a.z * o.z); }
static double v_dot(Vec3 a, Vec3 o) { return a.x * o.x + a.y * o.y + a.z * o.z; }
static double v_length(Vec3 a) { return pow(v_dot(a, a), 0.5); }
static Vec3 v_normalized(Vec3 a) { return v_scale(a, 1.0 / v_length(a)); }

typedef struct { Vec3 origin, direction; } Ray;

static Ray ray(Vec3 origin, Vec3 direction) { Ray r = {origin, direction}; return r; }
static Vec3 ray_at(Ray r, double t) { return v_add(r.origin, v_scale(r.direction, t)); }

typedef struct {
    Vec3 center;
    double radius;
    Vec3 color;
    double reflectivity;
    int checker;
} Sphere;

static double sphere_intersect(const Sphere *s, Ray r) {
    Vec3 oc = v_sub(r.origin, s->center);
    double b = v_dot(oc, r.direction);
    double c = v_dot(oc, oc) - s->radius * s->radius;
    double disc = b * b - c;
    if (disc < 0.0)
        return -1.0;
    double sq = pow(disc, 0.5);
    double t = -b - sq;
    if (t > EPS)
        return t;
    t = -b + sq;
    if (t > EPS)
        return t;
    return -1.0;
}

static Vec3 sphere_normal_at(const Sphere *s, Vec3 p) {
    return v_scale(v_sub(p, s->center), 1.0 / s->radius);
}

static Vec3 sphere_color_at(const Sphere *s, Vec3 p) {
    if (s->checker) {
        int64_t cx = (int64_t)(p.x + 1000.0);
        int64_t cz = (int64_t)(p.z + 1000.0);
        if ((cx + cz) % 2 == 0)
            return s->color;
        return v_scale(s->color, 0.3);
    }
    return s->color;
}

typedef struct {
    Vec3 position;
    Vec3 color;
    double intensity;
} Light;

typedef struct {
    double t;
    int index;
} Hit;

#define MAX_SPHERES 8
#define MAX_LIGHTS 4

typedef struct {
    Sphere spheres[MAX_SPHERES];
    int n_spheres;
    Light lights[MAX_LIGHTS];
    int n_lights;
    double ambient;
    Vec3 sky_top, sky_bottom;
} Scene;

static void add_sphere(Scene *sc, Vec3 center, double radius, Vec3 color, double refl, int checker) {
    Sphere *s = &sc->spheres[sc->n_spheres++];
    s->center = center;
    s->radius = radius;
    s->color = color;
    s->reflectivity = refl;
    s->checker = checker;
}

static void add_light(Scene *sc, Vec3 position, Vec3 color, double intensity) {
    Light *l = &sc->lights[sc->n_lights++];
    l->position = position;
    l->color = color;
    l->intensity = intensity;
}

static Hit nearest(const Scene *sc, Ray r) {
    double best_t = 1.0e30;
    int best_i = -1;
    for (int i = 0; i < sc->n_spheres; i++) {
        double t = sphere_intersect(&sc->spheres[i], r);
        if (t > 0.0 && t < best_t) {
            best_t = t;
            best_i = i;
        }
    }
    Hit h = {best_t, best_i};
    return h;
}

static int occluded(const Scene *sc, Ray r, double max_t) {
    for (int i = 0; i < sc->n_spheres; i++) {
        double t = sphere_intersect(&sc->spheres[i], r);
        if (t > 0.0 && t < max_t)
            return 1;
    }
    return 0;
}

static Vec3 sky(const Scene *sc, Vec3 d) {
    double k = 0.5 * (d.y + 1.0);
    return v_add(v_scale(sc->sky_bottom, 1.0 - k), v_scale(sc->sky_top, k));
}

static Vec3 trace(const Scene *sc, Ray r, int depth) {
    Hit hit = nearest(sc, r);
    if (hit.index < 0)
        return sky(sc, r.direction);
    const Sphere *s = &sc->spheres[hit.index];
    Vec3 p = ray_at(r, hit.t);
    Vec3 n = sphere_normal_at(s, p);
    Vec3 base = sphere_color_at(s, p);
    Vec3 color = v_scale(base, sc->ambient);
    Vec3 start = v_add(p, v_scale(n, EPS));
    for (int li = 0; li < sc->n_lights; li++) {
        const Light *light = &sc->lights[li];
        Vec3 to_light = v_sub(light->position, p);
        double dist = v_length(to_light);
        Vec3 ldir = v_scale(to_light, 1.0 / dist);
        double ndotl = v_dot(n, ldir);
        if (ndotl > 0.0) {
            if (!occluded(sc, ray(start, ldir), dist))
                color = v_add(color, v_scale(v_mul(base, light->color), ndotl * light->intensity));
        }
    }
    if (depth > 0 && s->reflectivity > 0.0) {
        Vec3 d = r.direction;
        Vec3 rv = v_sub(d, v_scale(n, 2.0 * v_dot(d, n)));
        Vec3 refl = trace(sc, ray(start, v_normalized(rv)), depth - 1);
        color = v_add(v_scale(color, 1.0 - s->reflectivity), v_scale(refl, s->reflectivity));
    }
    return color;
}

static int64_t to_byte(double c) {
    if (c < 0.0)
        c = 0.0;
    if (c > 1.0)
        c = 1.0;
    return (int64_t)(c * 255.0 + 0.5);
}

static void build_scene(Scene *sc) {
    sc->n_spheres = 0;
    sc->n_lights = 0;
    sc->ambient = 0.1;
    sc->sky_top = vec3(0.5, 0.7, 1.0);
    sc->sky_bottom = vec3(1.0, 1.0, 1.0);
    add_sphere(sc, vec3(0.0, -1000.0, 0.0), 1000.0, vec3(0.9, 0.9, 0.9), 0.2, 1);
    add_sphere(sc, vec3(0.0, 1.0, 4.0), 1.0, vec3(0.9, 0.2, 0.2), 0.5, 0);
    add_sphere(sc, vec3(-2.2, 0.8, 5.0), 0.8, vec3(0.2, 0.8, 0.3), 0.3, 0);
    add_sphere(sc, vec3(2.0, 0.6, 3.2), 0.6, vec3(0.2, 0.4, 0.9), 0.6, 0);
    add_sphere(sc, vec3(-0.7, 0.35, 2.2), 0.35, vec3(0.9, 0.8, 0.1), 0.0, 0);
    add_sphere(sc, vec3(1.1, 2.6, 6.5), 0.9, vec3(0.8, 0.8, 0.8), 0.8, 0);
    add_light(sc, vec3(-5.0, 8.0, -3.0), vec3(1.0, 0.95, 0.9), 0.8);
    add_light(sc, vec3(6.0, 5.0, 1.0), vec3(0.6, 0.7, 1.0), 0.5);
}

static int64_t *render(const Scene *sc, int64_t width, int64_t height) {
    Vec3 eye = vec3(0.0, 1.2, -2.5);
    double aspect = (double)width / (double)height;
    double scale = 0.6;
    double inv_samples = 1.0 / (SAMPLES * SAMPLES);
    int64_t *pixels = malloc(sizeof(int64_t) * 3 * width * height);
    int64_t np = 0;
    for (int64_t j = 0; j < height; j++) {
        for (int64_t i = 0; i < width; i++) {
            Vec3 acc = vec3(0.0, 0.0, 0.0);
            for (int64_t sj = 0; sj < SAMPLES; sj++) {
                for (int64_t si = 0; si < SAMPLES; si++) {
                    double u = (2.0 * ((double)i + ((double)si + 0.5) / SAMPLES) / (double)width - 1.0) * aspect * scale;
                    double v = (1.0 - 2.0 * ((double)j + ((double)sj + 0.5) / SAMPLES) / (double)height) * scale;
                    Vec3 d = v_normalized(vec3(u, v - 0.15, 1.0));
                    acc = v_add(acc, trace(sc, ray(eye, d), MAX_DEPTH));
                }
            }
            acc = v_scale(acc, inv_samples);
            pixels[np++] = to_byte(acc.x);
            pixels[np++] = to_byte(acc.y);
            pixels[np++] = to_byte(acc.z);
        }
    }
    return pixels;
}

int main(void) {
    static Scene scene;
    build_scene(&scene);
    int64_t *pixels = render(&scene, WIDTH, HEIGHT);
    int64_t sum_r = 0, sum_g = 0, sum_b = 0, h = 0;
    int64_t len = (int64_t)3 * WIDTH * HEIGHT;
    for (int64_t k = 0; k < len; k += 3) {
        int64_t r = pixels[k], g = pixels[k + 1], b = pixels[k + 2];
        sum_r += r;
        sum_g += g;
        sum_b += b;
        h = (h * 31 + r) % 1000000007;
        h = (h * 31 + g) % 1000000007;
        h = (h * 31 + b) % 1000000007;
    }
    int64_t n = (int64_t)WIDTH * HEIGHT;
    printf("image %d x %d, %d samples per pixel\n", WIDTH, HEIGHT, SAMPLES * SAMPLES);
    printf("sum r g b: %lld %lld %lld\n", (long long)sum_r, (long long)sum_g, (long long)sum_b);
    printf("hash: %lld\n", (long long)h);
    double mean = (double)(sum_r + sum_g + sum_b) / (3.0 * (double)n * 255.0);
    printf("mean brightness: %.6f\n", mean);
    static const int samples[][2] = {{0, 0}, {160, 120}, {40, 200}, {280, 60}, {100, 150}, {230, 170}, {319, 239}};
    for (size_t q = 0; q < sizeof samples / sizeof samples[0]; q++) {
        int64_t x = samples[q][0], y = samples[q][1];
        int64_t k = (y * WIDTH + x) * 3;
        printf("pixel (%lld, %lld): %lld %lld %lld\n", (long long)x, (long long)y,
               (long long)pixels[k], (long long)pixels[k + 1], (long long)pixels[k + 2]);
    }
    free(pixels);
    return 0;
}
