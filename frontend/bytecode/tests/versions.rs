//! Format versions: a 1.5 reader loads genuine 1.0 and 1.1 files, rejects 1.1 features (big
//! integer constants, `LOAD_ATTR`) in files that declare 1.0, the 1.2 container opcodes in
//! files that declare 1.1, the 1.3 formatting opcodes in files that declare 1.2, bytes
//! constants in files that declare 1.3 and the exception-handling opcodes in files that
//! declare 1.4, reads classes with a builtin exception base from 1.6 files on, and accepts
//! big integers only as canonical decimal text.

mod common;

use common::{bit_length, every_opcode, fib, find_unique, total, BIG_NEGATIVE};
use kiln_bytecode::encode::encode_as;
use kiln_bytecode::{decode, encode, verify, Constant, Opcode, Program, FORMAT_MINOR};

/// The error message for `bytes`, failing the test if they decode.
fn error(bytes: &[u8]) -> String {
    match decode(bytes) {
        Ok(_) => panic!("invalid input decoded successfully"),
        Err(err) => err.to_string(),
    }
}

/// Asserts that `message` contains every one of `parts`.
fn assert_mentions(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "expected {part:?} in: {message}");
    }
}

/// The encoding of a big integer constant: tag 6, then the text as a `str`.
fn big_int_bytes(text: &str) -> Vec<u8> {
    let mut bytes = vec![6];
    bytes.extend_from_slice(&(text.len() as u32).to_le_bytes());
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

/// Every opcode, with the constants of format 1.4 (bytes) replaced by `None`.
fn every_opcode_before_1_4() -> Program {
    let mut program = every_opcode();
    for constant in &mut program.consts {
        if let Constant::Bytes(_) = constant {
            *constant = Constant::None;
        }
    }
    program
}

#[test]
fn this_kiln_writes_and_reads_1_10() {
    assert_eq!(FORMAT_MINOR, 10);
    let bytes = encode(&bit_length());
    assert_eq!(&bytes[8..12], &[1, 0, 10, 0]);
    assert_eq!(decode(&bytes), Ok(bit_length()));
}

#[test]
fn keyword_only_counts_are_read_from_1_7() {
    let mut program = bit_length();
    program.codes[0].kwonly = 0;
    let older = encode_as(&program, 6);
    assert_eq!(decode(&older), Ok(program.clone()));
    if let Some(code) = program.codes.get_mut(1) {
        code.kwonly = code.argcount;
    }
    assert_eq!(decode(&encode(&program)), Ok(program));
}

#[test]
fn closure_opcodes_are_rejected_as_1_7() {
    let bytes = encode_as(&every_opcode(), 7);
    assert_mentions(
        &error(&bytes),
        &[
            "LOAD_DEREF",
            "needs format 1.8 or newer",
            "declares format 1.7",
        ],
    );
}

#[test]
fn generators_are_rejected_as_1_8() {
    let mut program = every_opcode();
    let bytes = encode_as(&program, 8);
    assert_mentions(
        &error(&bytes),
        &[
            "YIELD_VALUE",
            "needs format 1.9 or newer",
            "declares format 1.8",
        ],
    );
    // Without generators, the program is a valid 1.8 file (which has no generator flags).
    program.codes.truncate(4);
    let older = encode_as(&program, 8);
    let read = decode(&older).expect("a 1.8 file");
    assert_eq!(encode_as(&read, 8), older);
}

#[test]
fn source_files_are_read_from_1_10() {
    let mut program = bit_length();
    program.files = vec![kiln_bytecode::SourceFile {
        name: "helpers.py".to_owned(),
        start: 10,
    }];
    assert_eq!(decode(&encode(&program)), Ok(program.clone()));
    // A 1.9 file has no file table.
    let older = encode_as(&program, 9);
    program.files.clear();
    assert_eq!(decode(&older), Ok(program.clone()));
    // Files start in order, inside the source.
    program.files = vec![
        kiln_bytecode::SourceFile {
            name: "b.py".to_owned(),
            start: 20,
        },
        kiln_bytecode::SourceFile {
            name: "a.py".to_owned(),
            start: 10,
        },
    ];
    assert_mentions(
        &verify(&program)
            .expect_err("files out of order")
            .to_string(),
        &["source file 1 (a.py) starts at 10"],
    );
}

#[test]
fn yield_is_only_in_generators() {
    let mut program = every_opcode();
    program.codes[4].generator = false;
    assert_mentions(
        &verify(&program)
            .expect_err("YIELD_VALUE in a plain function")
            .to_string(),
        &["YIELD_VALUE outside a generator function"],
    );
}

#[test]
fn cells_are_accessed_only_through_cell_slots() {
    let mut program = every_opcode();
    program.codes[3].code[0] = kiln_bytecode::Instruction::new(Opcode::LoadFast, 0);
    assert_mentions(
        &verify(&program)
            .expect_err("LOAD_FAST of a cell")
            .to_string(),
        &["LOAD_FAST", "local 0 is a cell"],
    );
    let mut program = every_opcode();
    program.codes[3].code[1] = kiln_bytecode::Instruction::new(Opcode::LoadDeref, 2);
    assert_mentions(
        &verify(&program)
            .expect_err("a cell slot past the free variables")
            .to_string(),
        &["cell slot index 2 out of range (there are 2)"],
    );
    let mut program = every_opcode();
    program.codes[3].cells = vec![1];
    assert_mentions(
        &verify(&program)
            .expect_err("a cell that is no local")
            .to_string(),
        &["cell 1 is not a local"],
    );
}

#[test]
fn builtin_bases_need_1_6() {
    let mut program = fib();
    program.classes = every_opcode().classes;
    assert_eq!(decode(&encode(&program)).ok(), Some(program.clone()));
    // A 1.5 file has no builtin bases: its class records end after the base index.
    let mut without = program.clone();
    for class in &mut without.classes {
        class.builtin_base = None;
    }
    assert_eq!(decode(&encode_as(&program, 5)).ok(), Some(without));
}

#[test]
fn builtin_bases_are_exception_classes() {
    let mut program = every_opcode();
    program.classes[1].builtin_base = Some("int".to_owned());
    assert_mentions(
        &verify(&program)
            .expect_err("a builtin base that is not an exception class")
            .to_string(),
        &["class 1 (ParseError)", "builtin base `int`"],
    );
}

#[test]
fn genuine_1_0_files_still_load() {
    // Programs that use nothing newer than 1.0, as a 1.0 kiln wrote them: the 1.0 layout
    // (no handler tables) and version.
    let mut sourceless = fib();
    sourceless.source = None;
    for program in [fib(), total(), sourceless] {
        let current = encode(&program);
        let old = encode_as(&program, 0);
        assert_eq!(&old[10..12], &[0, 0]);
        assert_eq!(decode(&old), Ok(program.clone()));
        // Re-encoding writes the current version.
        assert_eq!(encode(&program), current);
    }
}

#[test]
fn big_integer_in_a_1_0_file_is_rejected() {
    let mut program = fib();
    program
        .consts
        .push(Constant::BigInt(BIG_NEGATIVE.to_owned()));
    let bytes = encode(&program);
    assert!(decode(&bytes).is_ok());
    let at = find_unique(&bytes, &big_int_bytes(BIG_NEGATIVE));
    assert_eq!(
        error(&encode_as(&program, 0)),
        format!(
            "corrupt file: constant 6 at byte {at} is a big integer (type tag 6), which needs \
             format 1.1 or newer, but the file declares format 1.0"
        )
    );
}

#[test]
fn big_integer_inside_a_tuple_in_a_1_0_file_is_rejected() {
    let mut program = fib();
    program.consts.push(Constant::Tuple(vec![
        Constant::Int(1),
        Constant::BigInt("99999999999999999999".to_owned()),
    ]));
    let bytes = encode_as(&program, 0);
    assert_mentions(
        &error(&bytes),
        &[
            "constant 6",
            "big integer (type tag 6)",
            "needs format 1.1 or newer",
            "declares format 1.0",
        ],
    );
}

#[test]
fn load_attr_in_a_1_0_file_is_rejected() {
    // bit_length() without its big integer: LOAD_ATTR is its only 1.1 feature.
    let mut program = bit_length();
    program.consts[0] = Constant::Int(5);
    let bytes = encode(&program);
    assert!(decode(&bytes).is_ok());
    let at = find_unique(&bytes, &[Opcode::LoadAttr as u8, 2, 0, 0, 0]);
    assert_eq!(
        error(&encode_as(&program, 0)),
        format!(
            "corrupt file: instruction 4 of code object 0 at byte {at} is LOAD_ATTR (opcode 28), \
             which needs format 1.1 or newer, but the file declares format 1.0"
        )
    );
}

#[test]
fn every_1_1_program_is_rejected_as_1_0() {
    for program in [bit_length(), every_opcode()] {
        let bytes = encode(&program);
        assert!(decode(&bytes).is_ok());
        assert_mentions(
            &error(&encode_as(&program, 0)),
            &["needs format 1.1 or newer", "declares format 1.0"],
        );
    }
}

#[test]
fn container_opcodes_are_rejected_as_1_1() {
    let bytes = encode_as(&every_opcode_before_1_4(), 1);
    assert_mentions(
        &error(&bytes),
        &["needs format 1.2 or newer", "declares format 1.1"],
    );
}

#[test]
fn format_opcodes_are_rejected_as_1_2() {
    let bytes = encode_as(&every_opcode_before_1_4(), 2);
    assert_mentions(
        &error(&bytes),
        &["needs format 1.3 or newer", "declares format 1.2"],
    );
}

#[test]
fn bytes_constants_are_rejected_as_1_3() {
    let mut program = fib();
    program
        .consts
        .push(Constant::Bytes(b"\x00kiln\xff".to_vec()));
    let bytes = encode(&program);
    assert_eq!(decode(&bytes).ok(), Some(program.clone()));
    assert_mentions(
        &error(&encode_as(&program, 3)),
        &["is a bytes value (type tag 7)", "declares format 1.3"],
    );
}

#[test]
fn exception_opcodes_are_rejected_as_1_4() {
    let bytes = encode_as(&every_opcode_before_1_4(), 4);
    assert_mentions(
        &error(&bytes),
        &["needs format 1.5 or newer", "declares format 1.4"],
    );
}

#[test]
fn opcodes_know_their_version() {
    for &op in Opcode::ALL {
        let expected = match op as u8 {
            28 => 1,
            29..=43 => 2,
            44..=45 => 3,
            46..=54 => 5,
            55..=58 => 8,
            59 => 9,
            _ => 0,
        };
        assert_eq!(op.since_minor(), expected, "{}", op.mnemonic());
        assert!(op.since_minor() <= FORMAT_MINOR);
    }
}

#[test]
fn unassigned_tags_and_opcodes_are_still_rejected() {
    let mut program = fib();
    program.consts[0] = Constant::BigInt("77".to_owned());
    let mut bytes = encode(&program);
    let at = find_unique(&bytes, &big_int_bytes("77"));
    bytes[at] = 8;
    common::fix_checksum(&mut bytes);
    assert_mentions(&error(&bytes), &["constant 0", "unknown type tag 8"]);

    let mut bytes = encode(&bit_length());
    let at = find_unique(&bytes, &[Opcode::LoadAttr as u8, 2, 0, 0, 0]);
    bytes[at] = 60;
    common::fix_checksum(&mut bytes);
    assert_mentions(
        &error(&bytes),
        &["instruction 4 of code object 0", "unknown opcode 60"],
    );
}

/// Texts a big integer constant may not hold.
const NOT_CANONICAL: &[&str] = &[
    "007",
    "00",
    "01",
    "-007",
    "-0",
    "-00",
    "-",
    "--5",
    "+5",
    "",
    "12a",
    "a12",
    " 5",
    "5 ",
    "5-",
    "1_000",
    "1,000",
    "1e3",
    "0x10",
    "1.0",
    "\u{0661}\u{0662}",
    "\u{ff11}",
];

#[test]
fn canonical_decimal_text() {
    for text in [
        "0",
        "1",
        "9",
        "10",
        "-1",
        "-10",
        "9223372036854775808",
        BIG_NEGATIVE,
    ] {
        assert!(Constant::is_canonical_decimal(text), "{text:?}");
    }
    for text in NOT_CANONICAL {
        assert!(!Constant::is_canonical_decimal(text), "{text:?}");
    }
}

/// `fib()` with `text` as an extra (unused) big integer constant 6.
fn fib_with_big_int(text: &str) -> Program {
    let mut program = fib();
    program.consts.push(Constant::BigInt(text.to_owned()));
    program
}

#[test]
fn non_canonical_big_integers_are_rejected_on_decode() {
    for text in NOT_CANONICAL {
        // `encode` writes whatever it is given; the decoder must refuse it.
        let message = error(&encode(&fib_with_big_int(text)));
        assert_mentions(
            &message,
            &[
                "corrupt file: big integer constant 6",
                "is not canonical decimal text",
            ],
        );
        assert!(message.ends_with(&format!("{text:?}")), "{message}");
    }
    let bytes = encode(&fib_with_big_int("-0"));
    let at = find_unique(&bytes, &big_int_bytes("-0"));
    assert_eq!(
        error(&bytes),
        format!(
            "corrupt file: big integer constant 6 at byte {at} is not canonical decimal text \
             (-?[1-9][0-9]* or 0): \"-0\""
        )
    );
    // Inside a tuple too.
    let mut program = fib();
    program
        .consts
        .push(Constant::Tuple(vec![Constant::BigInt("007".to_owned())]));
    assert_mentions(
        &error(&encode(&program)),
        &["big integer constant 6", "not canonical"],
    );
}

#[test]
fn non_canonical_big_integers_fail_verification() {
    // The verifier agrees with the decoder, so every verified program decodes.
    for text in NOT_CANONICAL {
        let err = verify(&fib_with_big_int(text)).expect_err(text).to_string();
        assert_mentions(
            &err,
            &["constant 6 is a big integer", "not canonical decimal"],
        );
    }
    let long = format!("0{}", "1".repeat(100));
    let err = verify(&fib_with_big_int(&long)).expect_err("leading zero");
    assert!(
        err.to_string()
            .ends_with(&format!("\"0{}\"...", "1".repeat(39))),
        "the text is cut short: {err}"
    );
    assert!(verify(&fib_with_big_int(BIG_NEGATIVE)).is_ok());
    assert!(verify(&fib_with_big_int("0")).is_ok());
}

#[test]
fn truncated_big_integer() {
    let bytes = encode(&fib_with_big_int(BIG_NEGATIVE));
    let at = find_unique(&bytes, &big_int_bytes(BIG_NEGATIVE));
    let message = error(&bytes[..at + 10]);
    let long = format!("{} bytes long but only 5 bytes remain", BIG_NEGATIVE.len());
    assert_mentions(&message, &["big integer constant 6", &long]);
}
