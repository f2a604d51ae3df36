//! Corrupt and hostile files: every one must give a clear `DecodeError`, never a panic.

mod common;

use common::{encode_valid, every_opcode, fib, find_unique, fix_checksum};
use kiln_bytecode::{decode, encode, Constant, Instruction, Opcode, Program, FORMAT_MINOR};

/// The error message for `bytes`, failing the test if they decode.
fn error(bytes: &[u8]) -> String {
    match decode(bytes) {
        Ok(_) => panic!("corrupt input decoded successfully"),
        Err(err) => err.to_string(),
    }
}

/// Asserts that `message` contains every one of `parts`.
fn assert_mentions(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "expected {part:?} in: {message}");
    }
}

/// The bytes of a header with the given version, followed by the rest of a valid file.
fn with_version(major: u16, minor: u16) -> Vec<u8> {
    let mut bytes = kiln_bytecode::encode::encode_as(&fib(), minor.min(FORMAT_MINOR));
    bytes[8..10].copy_from_slice(&major.to_le_bytes());
    bytes[10..12].copy_from_slice(&minor.to_le_bytes());
    fix_checksum(&mut bytes);
    bytes
}

#[test]
fn empty_file() {
    assert_mentions(&error(&[]), &["empty file"]);
}

#[test]
fn every_truncation_is_an_error() {
    for program in [fib(), every_opcode()] {
        let bytes = encode_valid(&program);
        for len in 0..bytes.len() {
            let message = error(&bytes[..len]);
            assert!(!message.is_empty());
            if len > 12 {
                assert_mentions(&message, &["truncated"]);
            }
        }
    }
}

#[test]
fn wrong_magic() {
    let mut bytes = encode(&fib());
    bytes[0] = b'X';
    assert_mentions(&error(&bytes), &["not a kiln bytecode", "magic"]);
    assert_mentions(&error(b"print('hello')\n"), &["not a kiln bytecode"]);
    assert_mentions(&error(b"\x7fELF"), &["not a kiln bytecode"]);
}

#[test]
fn unknown_major_version() {
    assert_eq!(
        error(&with_version(2, 0)),
        "unsupported bytecode format version 2.0 (this kiln reads 1.0\u{2013}1.10); \
         recompile the source with this kiln"
    );
    assert_mentions(
        &error(&with_version(0, 7)),
        &["unsupported bytecode format version 0.7"],
    );
}

#[test]
fn newer_minor_version() {
    assert_mentions(
        &error(&with_version(1, FORMAT_MINOR + 1)),
        &[
            &format!("version 1.{} is newer", FORMAT_MINOR + 1),
            &format!("reads 1.0\u{2013}1.{FORMAT_MINOR}"),
            "recompile the source with this kiln",
        ],
    );
}

#[test]
fn current_and_older_minor_versions_load() {
    for minor in 0..=FORMAT_MINOR {
        assert_eq!(
            decode(&with_version(1, minor)),
            Ok(fib()),
            "version 1.{minor}"
        );
    }
}

#[test]
fn bad_opcode_byte() {
    let mut program = fib();
    program.codes[1].code[0] = Instruction::new(Opcode::LoadConst, 0xA5A5_A5A5);
    let mut bytes = encode(&program);
    let at = find_unique(&bytes, &[1, 0xA5, 0xA5, 0xA5, 0xA5]);
    bytes[at] = 200;
    fix_checksum(&mut bytes);
    assert_mentions(
        &error(&bytes),
        &["instruction 0 of code object 1", "unknown opcode 200"],
    );
}

#[test]
fn bad_constant_tag_bool_and_kind() {
    let bytes = encode(&fib());
    // The constant pool starts right after the source; its first entry is None (tag 0).
    let pool = find_unique(&bytes, &[6, 0, 0, 0, 0, 2]);
    let mut bad_tag = bytes.clone();
    bad_tag[pool + 4] = 9;
    fix_checksum(&mut bad_tag);
    assert_mentions(&error(&bad_tag), &["constant 0", "unknown type tag 9"]);

    let mut program = fib();
    program.consts[0] = Constant::Bool(true);
    let mut bytes = encode(&program);
    let at = find_unique(&bytes, &[6, 0, 0, 0, 1, 1]);
    bytes[at + 5] = 2;
    fix_checksum(&mut bytes);
    assert_mentions(&error(&bytes), &["bool constant 0", "expected 0 or 1"]);

    let mut bytes = encode(&fib());
    let at = find_unique(&bytes, b"\x08\x00\x00\x00<module>");
    bytes[at - 1] = 7;
    fix_checksum(&mut bytes);
    assert_mentions(&error(&bytes), &["code object 0", "unknown kind 7"]);
}

#[test]
fn bad_source_flag() {
    let mut bytes = encode(&fib());
    // After the header and the 6-byte filename "fib.py" with its 4-byte length.
    assert_eq!(bytes[22], 1);
    bytes[22] = 3;
    fix_checksum(&mut bytes);
    assert_mentions(&error(&bytes), &["source-present flag", "expected 0 or 1"]);
}

#[test]
fn invalid_utf8() {
    let mut program = fib();
    program.names[1] = "QQQQ".to_owned();
    let mut bytes = encode(&program);
    let at = find_unique(&bytes, b"QQQQ");
    bytes[at + 1] = 0xFF;
    fix_checksum(&mut bytes);
    assert_mentions(&error(&bytes), &["name 1", "not valid UTF-8"]);
}

#[test]
fn huge_counts_and_lengths() {
    let header: Vec<u8> = [&b"KILNBC\r\n"[..], &[1, 0, 0, 0]].concat();
    // Filename length 4 GiB - 1 in a tiny file.
    let bytes = [&header[..], &[0xFF, 0xFF, 0xFF, 0xFF, b'a']].concat();
    assert_mentions(&error(&bytes), &["the filename", "4294967295 bytes long"]);
    // Empty filename, no source, then 4 billion constants.
    let bytes = [
        &header[..],
        &[0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0],
    ]
    .concat();
    assert_mentions(&error(&bytes), &["count of constants", "4294967295"]);
    // 4 billion names, code objects, tuple items.
    let bytes = [
        &header[..],
        &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFE, 0xFF, 0xFF, 0xFF],
    ]
    .concat();
    assert_mentions(&error(&bytes), &["count of names"]);
    let bytes = [
        &header[..],
        &[
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFE, 0xFF, 0xFF, 0xFF,
        ],
    ]
    .concat();
    assert_mentions(&error(&bytes), &["count of code objects"]);
    let bytes = [
        &header[..],
        &[0, 0, 0, 0, 0, 1, 0, 0, 0, 5, 0xFE, 0xFF, 0xFF, 0xFF],
    ]
    .concat();
    assert_mentions(&error(&bytes), &["count of items of tuple constant 0"]);
}

#[test]
fn huge_instruction_count() {
    let mut bytes = encode(&fib());
    // fib's code object has 18 instructions: find "18 instructions" right after its span.
    let at = find_unique(&bytes, &[18, 0, 0, 0, 2, 0, 0, 0, 0]);
    bytes[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
    fix_checksum(&mut bytes);
    assert_mentions(&error(&bytes), &["count of instructions of code object 1"]);
}

#[test]
fn deeply_nested_tuples() {
    let mut deep = Constant::Int(0);
    for _ in 0..40 {
        deep = Constant::Tuple(vec![deep]);
    }
    let mut program = fib();
    program.consts.push(deep);
    assert_mentions(
        &error(&encode(&program)),
        &["constant 6 nests tuples more than 32 deep"],
    );
    // A hand-made file with a million nested tuple headers must not overflow the stack.
    let header: Vec<u8> = [&b"KILNBC\r\n"[..], &[1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]].concat();
    let mut bytes = header;
    for _ in 0..1_000_000 {
        bytes.extend_from_slice(&[5, 1, 0, 0, 0]);
    }
    assert_mentions(&error(&bytes), &["nests tuples more than 32 deep"]);
}

#[test]
fn trailing_garbage() {
    let mut bytes = encode(&fib());
    bytes.extend_from_slice(b"junk");
    assert_mentions(&error(&bytes), &["4 trailing bytes"]);
    let mut bytes = encode(&fib());
    bytes.push(0);
    assert_mentions(&error(&bytes), &["1 trailing bytes"]);
}

#[test]
fn checksum_mismatch() {
    let mut program = fib();
    program.consts[1] = Constant::Int(0x1234_5678);
    let mut bytes = encode(&program);
    let at = find_unique(&bytes, &[0x78, 0x56, 0x34, 0x12]);
    bytes[at] = 0x79;
    assert_mentions(&error(&bytes), &["checksum mismatch", "corrupt"]);
    let last = bytes.len() - 1;
    let mut bytes = encode(&program);
    bytes[last] ^= 1;
    assert_mentions(&error(&bytes), &["checksum mismatch"]);
}

#[test]
fn verifier_runs_on_decode() {
    let mut program = fib();
    program.codes[1].code[1].arg = 99;
    assert_eq!(
        error(&encode(&program)),
        "invalid bytecode: code 1 (fib), instruction 1 (LOAD_CONST): constant index 99 out of \
         range (there are 6)"
    );
}

/// A tiny xorshift generator: deterministic, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Applies 1–4 random edits (byte flips, overwrites, insertions, deletions) to `bytes`.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    for _ in 0..=rng.below(4) {
        if bytes.is_empty() {
            bytes.push(0);
        }
        let at = rng.below(bytes.len());
        match rng.below(6) {
            0 => bytes[at] ^= 1 << rng.below(8),
            1 => bytes[at] = rng.next() as u8,
            2 => bytes[at] = [0, 0xFF, 0x7F, 0x80, 1][rng.below(5)],
            3 => bytes.insert(at, rng.next() as u8),
            4 => {
                bytes.remove(at);
            }
            _ => bytes.truncate(at),
        }
    }
}

#[test]
fn random_mutations_never_panic() {
    let originals: Vec<Vec<u8>> = [fib(), every_opcode(), common::total()]
        .iter()
        .map(encode_valid)
        .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // KILN_FUZZ_ROUNDS=1000000 runs a longer search by hand.
    let rounds = std::env::var("KILN_FUZZ_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20_000);
    let mut decoded = 0;
    for round in 0..rounds {
        let mut bytes = originals[round % originals.len()].clone();
        mutate(&mut rng, &mut bytes);
        // Most of the time repair the checksum, so that the mutation reaches the parser and the
        // verifier instead of stopping at the checksum.
        if round % 4 != 0 {
            fix_checksum(&mut bytes);
        }
        if let Ok(program) = decode(&bytes) {
            decoded += 1;
            // Anything that loads is canonical and verified: it re-encodes to the same bytes
            // (unless the mutation declared an older minor version, which re-encodes as the
            // current one) and disassembles.
            if bytes[10..12] == FORMAT_MINOR.to_le_bytes() {
                assert_eq!(encode(&program), bytes);
            }
            assert!(kiln_bytecode::verify(&program).is_ok());
            assert!(!kiln_bytecode::dis::disassemble(&program).is_empty());
        }
    }
    // Some mutations (e.g. to a constant's value or a location) leave a valid file.
    assert!(
        decoded > 0,
        "no mutation survived; the loop is not exercising success paths"
    );
}

#[test]
fn programs_that_only_fail_verification_still_encode() {
    // `encode` is total: it writes even an invalid program, and decode reports the problem.
    let mut program = Program {
        codes: vec![],
        ..fib()
    };
    assert_mentions(&error(&encode(&program)), &["no code objects"]);
    program = fib();
    program.codes[0].code.clear();
    program.codes[0].locations.clear();
    assert_mentions(
        &error(&encode(&program)),
        &["code 0 (<module>)", "no instructions"],
    );
}
