//! The `random` module: the Mersenne Twister (MT19937) with CPython's seeding and its
//! derivations, so a seeded program draws CPython's exact numbers.

use dashu_int::ops::BitTest;
use dashu_int::{IBig, UBig};

use crate::exc::{raise, ExcKind};
use crate::global::Global;
use crate::int::Int;
use crate::list::{alloc_list, kiln_rt_list_append, list_items, ListObject};

const N: usize = 624;
const M: usize = 397;

/// The generator's state, and the second normal deviate `gauss()` keeps.
struct Generator {
    mt: [u32; N],
    index: usize,
    seeded: bool,
    gauss_next: Option<f64>,
}

static STATE: Global<Generator> = Global::new(Generator {
    mt: [0; N],
    index: N + 1,
    seeded: false,
    gauss_next: None,
});

impl Generator {
    fn init_genrand(&mut self, seed: u32) {
        self.mt[0] = seed;
        for i in 1..N {
            let previous = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(previous ^ (previous >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// The reference algorithm's `init_by_array`.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let previous = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let previous = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
        self.index = N;
    }

    /// Seeds from an int, as CPython: the words of its absolute value, least significant
    /// first (one zero word for 0).
    fn seed(&mut self, a: &UBig) {
        let bytes = a.to_le_bytes();
        let mut key: Vec<u32> = bytes
            .chunks(4)
            .map(|c| {
                let mut word = [0u8; 4];
                word[..c.len()].copy_from_slice(c);
                u32::from_le_bytes(word)
            })
            .collect();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.seeded = true;
        self.gauss_next = None;
    }

    /// Seeds from the operating system's randomness (or the clock), as `seed()` does.
    fn seed_from_entropy(&mut self) {
        let mut bytes = [0u8; 32];
        let read = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes));
        if read.is_err() {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            bytes[..16].copy_from_slice(&nanos.to_le_bytes());
            bytes[16..24].copy_from_slice(&u64::from(std::process::id()).to_le_bytes());
        }
        self.seed(&UBig::from_le_bytes(&bytes));
    }

    fn next_u32(&mut self) -> u32 {
        if !self.seeded {
            self.seed_from_entropy();
        }
        if self.index >= N {
            const UPPER: u32 = 0x8000_0000;
            const LOWER: u32 = 0x7fff_ffff;
            const MATRIX: u32 = 0x9908_b0df;
            for k in 0..N {
                let y = (self.mt[k] & UPPER) | (self.mt[(k + 1) % N] & LOWER);
                let mut next = self.mt[(k + M) % N] ^ (y >> 1);
                if y & 1 != 0 {
                    next ^= MATRIX;
                }
                self.mt[k] = next;
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits in [0, 1).
    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`: words least significant first, the last one's surplus bits dropped.
    fn getrandbits(&mut self, k: u64) -> UBig {
        if k <= 32 {
            return UBig::from(self.next_u32().checked_shr(32 - k as u32).unwrap_or(0));
        }
        let mut bytes = Vec::with_capacity(k.div_ceil(32) as usize * 4);
        let mut left = k;
        while left > 0 {
            let mut word = self.next_u32();
            if left < 32 {
                word >>= 32 - left;
            }
            bytes.extend_from_slice(&word.to_le_bytes());
            left = left.saturating_sub(32);
        }
        UBig::from_le_bytes(&bytes)
    }

    /// `_randbelow(n)` for `n > 0`: `getrandbits(n.bit_length())` until below `n`.
    fn below(&mut self, n: &UBig) -> UBig {
        let k = n.bit_len() as u64;
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for a small `n > 0`.
    fn below_usize(&mut self, n: usize) -> usize {
        usize::try_from(&self.below(&UBig::from(n))).unwrap_or(0)
    }
}

fn with<T>(f: impl FnOnce(&mut Generator) -> T) -> T {
    STATE.with(f)
}

/// `random.seed(a)` for an int `a` (its absolute value is used).
#[no_mangle]
pub extern "C" fn kiln_rt_random_seed(a: Int) {
    let magnitude = a.magnitude();
    with(|g| g.seed(&magnitude));
}

/// `random.seed(x)` for a float: seeded by `hash(x)`, as CPython.
#[no_mangle]
pub extern "C" fn kiln_rt_random_seed_float(x: f64) {
    let hash = crate::ops::hash_float(x);
    with(|g| g.seed(&UBig::from(hash.unsigned_abs())));
}

/// `random.seed()`: from the operating system's randomness.
#[no_mangle]
pub extern "C" fn kiln_rt_random_seed_none() {
    with(Generator::seed_from_entropy);
}

/// `random.random()`.
#[no_mangle]
pub extern "C" fn kiln_rt_random_random() -> f64 {
    with(Generator::random)
}

/// `random.getrandbits(k)`.
#[no_mangle]
pub extern "C" fn kiln_rt_random_getrandbits(k: Int) -> Int {
    if k.is_negative() {
        raise(ExcKind::ValueError, "number of bits must be non-negative")
    }
    let Some(k) = k.to_i64() else {
        raise(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    };
    Int::from_ibig(IBig::from(with(|g| g.getrandbits(k as u64))))
}

/// `random.randrange(start, stop, step)`; `has_stop` is 0 for `randrange(start)`.
#[no_mangle]
pub extern "C" fn kiln_rt_random_randrange(start: Int, stop: Int, step: Int, has_stop: i32) -> Int {
    let start = start.to_ibig();
    if has_stop == 0 {
        if start > IBig::ZERO {
            return below(&start);
        }
        raise(ExcKind::ValueError, "empty range for randrange()")
    }
    let (stop, step) = (stop.to_ibig(), step.to_ibig());
    let width = &stop - &start;
    if step == IBig::ONE {
        if width > IBig::ZERO {
            return Int::from_ibig(start + below(&width).to_ibig());
        }
        raise(
            ExcKind::ValueError,
            &format!("empty range for randrange() ({start}, {stop}, {width})"),
        )
    }
    let n = if step > IBig::ZERO {
        floor_div(&width + &step - IBig::ONE, &step)
    } else if step < IBig::ZERO {
        floor_div(&width + &step + IBig::ONE, &step)
    } else {
        raise(ExcKind::ValueError, "zero step for randrange()")
    };
    if n <= IBig::ZERO {
        raise(ExcKind::ValueError, "empty range for randrange()")
    }
    Int::from_ibig(start + step * below(&n).to_ibig())
}

/// `random.randint(a, b)`: `randrange(a, b + 1)`.
#[no_mangle]
pub extern "C" fn kiln_rt_random_randint(a: Int, b: Int) -> Int {
    let stop = Int::from_ibig(b.to_ibig() + IBig::ONE);
    kiln_rt_random_randrange(a, stop, Int::from_i64(1), 1)
}

fn floor_div(a: IBig, b: &IBig) -> IBig {
    crate::int_ops::floor_divmod(&a, b).0
}

/// `_randbelow(n)` for a positive `n`.
fn below(n: &IBig) -> Int {
    let n = UBig::try_from(n.clone()).unwrap_or(UBig::ONE);
    Int::from_ibig(IBig::from(with(|g| g.below(&n))))
}

/// The index `random.choice(seq)` picks for a sequence of `len` items; IndexError when empty.
#[no_mangle]
pub extern "C" fn kiln_rt_random_choice_index(len: Int) -> Int {
    let len = len.to_i64().unwrap_or(0);
    if len <= 0 {
        raise(ExcKind::IndexError, "Cannot choose from an empty sequence")
    }
    Int::from_i64(with(|g| g.below_usize(len as usize)) as i64)
}

/// `random.shuffle(list)`.
///
/// # Safety
/// `list` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_random_shuffle(list: *mut ListObject) {
    // SAFETY: a live list; its items are words of one type, moved around.
    unsafe {
        let len = (*list).len as usize;
        for i in (1..len).rev() {
            let j = with(|g| g.below_usize(i + 1));
            let items = std::slice::from_raw_parts_mut((*list).items, len);
            items.swap(i, j);
        }
    }
}

/// `random.sample(population, k)` of a list: a new list of its type.
///
/// # Safety
/// `population` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_random_sample(
    population: *const ListObject,
    k: Int,
) -> *mut ListObject {
    // SAFETY: a live list.
    let (items, desc) = unsafe { (list_items(population).to_vec(), (*population).desc) };
    let picks = sample_indices(items.len(), k);
    let out = alloc_list(desc, picks.len() as i64);
    for j in picks {
        // SAFETY: a list of the population's type and one of its items.
        unsafe { kiln_rt_list_append(out, items[j]) };
    }
    out
}

/// `random.sample(range(start, stop, step), k)`: a `list[int]`.
#[no_mangle]
pub extern "C" fn kiln_rt_random_sample_range(
    start: Int,
    stop: Int,
    step: Int,
    k: Int,
) -> *mut ListObject {
    let len =
        crate::range::kiln_rt_range_len(start.raw() as u64, stop.raw() as u64, step.raw() as u64);
    let Some(n) = len.to_i64().and_then(|n| usize::try_from(n).ok()) else {
        raise(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    };
    let picks = sample_indices(n, k);
    let out = alloc_list(&crate::value::LIST_OF_INT, picks.len() as i64);
    let (start, step) = (start.to_ibig(), step.to_ibig());
    for j in picks {
        let value = Int::from_ibig(&start + &step * IBig::from(j));
        // SAFETY: a list of int and an int.
        unsafe { kiln_rt_list_append(out, value.raw() as u64) };
    }
    out
}

/// The positions `sample` takes from a population of `n`, in selection order.
fn sample_indices(n: usize, k: Int) -> Vec<usize> {
    let k = match k.to_i64() {
        Some(k) if (0..=n as i64).contains(&k) => k as usize,
        _ => raise(
            ExcKind::ValueError,
            "Sample larger than population or is negative",
        ),
    };
    let mut setsize = 21usize;
    if k > 5 {
        let exponent = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.pow(exponent.ceil() as u32);
    }
    with(|g| {
        let mut result = Vec::with_capacity(k);
        if n <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = g.below_usize(n - i);
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = g.below_usize(n);
                while selected.contains(&j) {
                    j = g.below_usize(n);
                }
                selected.insert(j);
                result.push(j);
            }
        }
        result
    })
}

/// `random.choices(population, k=k)` without weights: the chosen indices' items.
///
/// # Safety
/// `population` must be a live list.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_random_choices(
    population: *const ListObject,
    k: Int,
) -> *mut ListObject {
    // SAFETY: a live list.
    let (items, desc) = unsafe { (list_items(population).to_vec(), (*population).desc) };
    let k = k.to_i64().unwrap_or(0).max(0);
    let n = items.len() as f64;
    let out = alloc_list(desc, k);
    for _ in 0..k {
        let index = (with(Generator::random) * n).floor() as usize;
        let Some(&item) = items.get(index) else {
            raise(ExcKind::IndexError, "list index out of range")
        };
        // SAFETY: a list of the population's type and one of its items.
        unsafe { kiln_rt_list_append(out, item) };
    }
    out
}

/// `random.choices(population, weights, k=k)` with a list of int or float weights (the
/// cumulative sums computed as CPython does).
///
/// # Safety
/// Both must be live lists, `weights_list` of ints or floats.
#[no_mangle]
pub unsafe extern "C" fn kiln_rt_random_choices_weighted(
    population: *const ListObject,
    weights_list: *const ListObject,
    k: Int,
) -> *mut ListObject {
    // SAFETY: live lists.
    let (items, desc, weights) = unsafe {
        (
            list_items(population).to_vec(),
            (*population).desc,
            list_items(weights_list).to_vec(),
        )
    };
    // SAFETY: a live list's descriptor.
    let ints = unsafe { (*(*weights_list).desc).arg(0).tag() } == crate::value::Tag::Int;
    let mut cumulative = Vec::with_capacity(weights.len());
    if ints {
        // Summed exactly, as Python sums ints; compared as floats.
        let mut sum = IBig::ZERO;
        for w in weights {
            sum += crate::ops::int_word(w).to_ibig();
            let total = crate::int_float::int_to_float(Int::from_ibig(sum.clone()))
                .unwrap_or(f64::INFINITY);
            cumulative.push(total);
        }
    } else {
        let mut sum = 0.0f64;
        for w in weights {
            sum += f64::from_bits(w);
            cumulative.push(sum);
        }
    }
    if cumulative.len() != items.len() {
        raise(
            ExcKind::ValueError,
            "The number of weights does not match the population",
        )
    }
    let total = cumulative.last().copied().unwrap_or(0.0) + 0.0;
    if total <= 0.0 {
        raise(
            ExcKind::ValueError,
            "Total of weights must be greater than zero",
        )
    }
    if !total.is_finite() {
        raise(ExcKind::ValueError, "Total of weights must be finite")
    }
    let k = k.to_i64().unwrap_or(0).max(0);
    let hi = items.len() - 1;
    let out = alloc_list(desc, k);
    for _ in 0..k {
        let x = with(Generator::random) * total;
        // bisect_right(cumulative, x, 0, hi)
        let index = cumulative[..hi].partition_point(|&c| c <= x);
        // SAFETY: a list of the population's type and one of its items.
        unsafe { kiln_rt_list_append(out, items[index]) };
    }
    out
}

/// `random.uniform(a, b)` as `a + d * random()` with `d = b - a` (computed by the caller
/// with Python's arithmetic).
#[no_mangle]
pub extern "C" fn kiln_rt_random_uniform(a: f64, d: f64) -> f64 {
    a + d * with(Generator::random)
}

/// `random.gauss(mu, sigma)`: Box–Muller, keeping the second deviate for the next call.
#[no_mangle]
pub extern "C" fn kiln_rt_random_gauss(mu: f64, sigma: f64) -> f64 {
    let z = with(|g| match g.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = g.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - g.random()).ln()).sqrt();
            g.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    });
    mu + z * sigma
}

/// `random.normalvariate(mu, sigma)`: Kinderman and Monahan's ratio method.
#[no_mangle]
pub extern "C" fn kiln_rt_random_normalvariate(mu: f64, sigma: f64) -> f64 {
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    let z = with(|g| loop {
        let u1 = g.random();
        let u2 = 1.0 - g.random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            break z;
        }
    });
    mu + z * sigma
}

/// `random.expovariate(lambd)`.
#[no_mangle]
pub extern "C" fn kiln_rt_random_expovariate(lambd: f64) -> f64 {
    let r = with(Generator::random);
    if lambd == 0.0 {
        raise(ExcKind::ZeroDivisionError, "float division by zero")
    }
    -(1.0 - r).ln() / lambd
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `random.seed(42); random.random()` in CPython.
    #[test]
    fn cpython_first_draw() {
        let mut g = Generator {
            mt: [0; N],
            index: N + 1,
            seeded: false,
            gauss_next: None,
        };
        g.seed(&UBig::from(42u32));
        assert_eq!(g.random(), 0.6394267984578837);
    }
}
