//! Round trips: encode → decode gives back the same program, bit for bit.

mod common;

use common::{all_constants, bit_length, every_opcode, fib, total, with_minor, BIG_NEGATIVE};
use kiln_bytecode::verify::{max_stack, stack_depths};
use kiln_bytecode::{decode, encode, Constant, Opcode, Program, FORMAT_MAJOR, FORMAT_MINOR, MAGIC};
use std::collections::HashSet;

/// Encodes, decodes and re-encodes `program`, checking that nothing changed.
fn round_trip(program: &Program) -> Program {
    let bytes = encode(program);
    let decoded = decode(&bytes).expect("a valid program must decode");
    assert_eq!(
        encode(&decoded),
        bytes,
        "re-encoding must give the same bytes"
    );
    decoded
}

#[test]
fn fib_round_trips() {
    let program = fib();
    assert_eq!(round_trip(&program), program);
}

#[test]
fn loop_with_defaults_round_trips() {
    let program = total();
    assert_eq!(round_trip(&program), program);
}

#[test]
fn program_without_source_round_trips() {
    let mut program = fib();
    program.source = None;
    assert_eq!(round_trip(&program), program);
}

#[test]
fn every_opcode_and_constant_kind_round_trips() {
    let program = every_opcode();
    let used: HashSet<Opcode> = program
        .codes
        .iter()
        .flat_map(|c| c.code.iter().map(|i| i.op))
        .collect();
    for op in Opcode::ALL {
        assert!(
            used.contains(op),
            "the test program does not use {}",
            op.mnemonic()
        );
    }
    let decoded = round_trip(&program);
    // `Constant` compares floats with `==`, so NaN != NaN: compare bit patterns instead.
    assert_eq!(decoded.consts.len(), program.consts.len());
    for (a, b) in decoded.consts.iter().zip(&program.consts) {
        assert!(a.is_identical(b), "{a:?} != {b:?}");
    }
    assert_eq!(decoded.codes, program.codes);
    assert_eq!(decoded.names, program.names);
    assert_eq!(decoded.filename, program.filename);
    assert_eq!(decoded.source, program.source);
}

#[test]
fn big_integer_and_load_attr_round_trip() {
    let program = bit_length();
    assert_eq!(round_trip(&program), program);
}

#[test]
fn big_integers_survive_exactly() {
    let texts = [
        BIG_NEGATIVE,
        "123456789012345678901234567890",
        "9223372036854775808",  // i64::MAX + 1
        "-9223372036854775809", // i64::MIN - 1
        &format!("1{}", "0".repeat(5000)),
        // Canonical text of a value that would fit in an i64 is still accepted as written.
        "0",
        "-1",
    ];
    let mut program = fib();
    for text in texts {
        program.consts.push(Constant::BigInt(text.to_owned()));
    }
    program.consts.push(Constant::Tuple(vec![
        Constant::BigInt(BIG_NEGATIVE.to_owned()),
        Constant::Int(-1),
    ]));
    program.consts.push(Constant::Bytes(Vec::new()));
    program.consts.push(Constant::Bytes((0..=255).collect()));
    let decoded = round_trip(&program);
    assert_eq!(decoded, program);
    let bytes = encode(&program);
    // A bytes constant: tag 7, then the length-prefixed bytes.
    let mut raw = vec![7, 3, 0, 0, 0];
    raw.extend_from_slice(&[0xff, 0, b'k']);
    let mut with_bytes = fib();
    with_bytes.consts.push(Constant::Bytes(vec![0xff, 0, b'k']));
    assert!(encode(&with_bytes)
        .windows(raw.len())
        .any(|w| w == raw.as_slice()));
    // Tag 6, then the text as a length-prefixed string.
    let mut payload = vec![6];
    payload.extend_from_slice(&(BIG_NEGATIVE.len() as u32).to_le_bytes());
    payload.extend_from_slice(BIG_NEGATIVE.as_bytes());
    assert_eq!(
        bytes
            .windows(payload.len())
            .filter(|w| *w == payload)
            .count(),
        2
    );
}

#[test]
fn negative_zero_and_nan_payloads_survive() {
    // Unused constants after fib's own: the verifier only checks the indices that are used.
    let mut program = fib();
    program.consts.extend(all_constants());
    let decoded = round_trip(&program);
    let floats: Vec<u64> = decoded
        .consts
        .iter()
        .filter_map(|c| {
            if let Constant::Float(f) = c {
                Some(f.to_bits())
            } else {
                None
            }
        })
        .collect();
    assert!(floats.contains(&(-0.0f64).to_bits()));
    assert!(floats.contains(&0.0f64.to_bits()));
    assert!(floats.contains(&0x7FF8_0000_DEAD_BEEF));
    assert!(floats.contains(&f64::NAN.to_bits()));
}

#[test]
fn header_is_magic_and_version() {
    let bytes = encode(&fib());
    assert_eq!(&bytes[..8], &MAGIC);
    assert_eq!(&bytes[8..10], &FORMAT_MAJOR.to_le_bytes());
    assert_eq!(&bytes[10..12], &FORMAT_MINOR.to_le_bytes());
}

#[test]
fn encoding_is_deterministic() {
    assert_eq!(encode(&every_opcode()), encode(&every_opcode()));
}

#[test]
fn minimal_program_layout() {
    // The smallest valid program, written out byte by byte as docs/bytecode.md describes it.
    let program = Program {
        filename: "m.py".into(),
        source: None,
        consts: vec![Constant::None],
        names: vec![],
        codes: vec![kiln_bytecode::CodeObject {
            kind: kiln_bytecode::CodeKind::Module,
            name: "<module>".into(),
            argcount: 0,
            defaults: 0,
            kwonly: 0,
            varargs: false,
            varkeywords: false,
            generator: false,
            cells: Vec::new(),
            freevars: Vec::new(),
            locals: vec![],
            max_stack: 1,
            code: vec![
                kiln_bytecode::Instruction::new(Opcode::LoadConst, 0),
                kiln_bytecode::Instruction::new(Opcode::ReturnValue, 0),
            ],
            locations: vec![kiln_bytecode::Location::default(); 2],
            handlers: Vec::new(),
            span: kiln_bytecode::Span::new(0, 0),
        }],
        inline_frames: Vec::new(),
        classes: Vec::new(),
        files: Vec::new(),
    };
    let mut expected: Vec<u8> = Vec::new();
    expected.extend_from_slice(b"KILNBC\r\n");
    expected.extend_from_slice(&[1, 0, 10, 0]); // version 1.10
    expected.extend_from_slice(&[4, 0, 0, 0]);
    expected.extend_from_slice(b"m.py"); // filename
    expected.push(0); // no source
    expected.extend_from_slice(&[1, 0, 0, 0, 0]); // 1 constant: None
    expected.extend_from_slice(&[0, 0, 0, 0]); // 0 names
    expected.extend_from_slice(&[1, 0, 0, 0]); // 1 code object
    expected.push(0); // kind: module
    expected.extend_from_slice(&[8, 0, 0, 0]);
    expected.extend_from_slice(b"<module>");
    expected.extend_from_slice(&[0; 4]); // argcount
    expected.extend_from_slice(&[0; 4]); // defaults
    expected.extend_from_slice(&[0; 4]); // no locals
    expected.extend_from_slice(&[1, 0, 0, 0]); // max_stack
    expected.extend_from_slice(&[0; 8]); // span
    expected.extend_from_slice(&[2, 0, 0, 0]); // 2 instructions
    expected.extend_from_slice(&[1, 0, 0, 0, 0]); // LOAD_CONST 0
    expected.extend_from_slice(&[25, 0, 0, 0, 0]); // RETURN_VALUE
    expected.extend_from_slice(&[2, 0, 0, 0]); // 2 locations
    expected.extend_from_slice(&[0; 24]);
    // A format 1.0 to 1.4 file ends the code object here (then its checksum).
    let mut old = expected.clone();
    old.extend_from_slice(&[0; 4]);
    let old = with_minor(old, 0);
    expected.extend_from_slice(&[0; 4]); // 0 handlers
    expected.extend_from_slice(&[0; 4]); // kwonly: none
    expected.push(0); // no *args
    expected.extend_from_slice(&[0; 4]); // no cells
    expected.extend_from_slice(&[0; 4]); // no free variables
    expected.push(0); // no **kwargs
    expected.push(0); // not a generator
    expected.extend_from_slice(&[0; 4]); // 0 inline frames
    expected.extend_from_slice(&[0; 4]); // 0 classes
    expected.extend_from_slice(&[0; 4]); // 0 other source files
    let checksum = kiln_bytecode::encode::crc32(&expected);
    expected.extend_from_slice(&checksum.to_le_bytes());
    assert_eq!(expected.len(), 148, "docs/bytecode.md gives this size");
    assert_eq!(encode(&program), expected);
    assert_eq!(decode(&expected), Ok(program.clone()));
    // The same program written by a format 1.0 kiln (it uses nothing newer) still loads.
    assert_eq!(decode(&old), Ok(program.clone()));
    assert_eq!(kiln_bytecode::encode::encode_as(&program, 0), old);
}

#[test]
fn stack_depths_of_fib() {
    let program = fib();
    let depths = stack_depths(&program, &program.codes[1]).expect("fib verifies");
    let expected = [0, 1, 2, 1, 0, 1, 0, 1, 2, 3, 2, 1, 2, 3, 4, 3, 2, 1];
    assert_eq!(
        depths,
        expected.iter().map(|&d| Some(d)).collect::<Vec<_>>()
    );
    assert_eq!(max_stack(&program, &program.codes[1]), Ok(4));
    let module = stack_depths(&program, &program.codes[0]).expect("module verifies");
    let expected = [0, 1, 0, 1, 2, 3, 2, 3, 3, 1, 0, 1];
    assert_eq!(
        module,
        expected.iter().map(|&d| Some(d)).collect::<Vec<_>>()
    );
}

#[test]
fn stack_depths_of_loop_and_make_function_defaults() {
    let program = total();
    let depths = stack_depths(&program, &program.codes[1]).expect("total verifies");
    let expected = [0, 1, 0, 1, 1, 2, 1, 2, 3, 2, 1, 0, 1];
    assert_eq!(
        depths,
        expected.iter().map(|&d| Some(d)).collect::<Vec<_>>()
    );
    // MAKE_FUNCTION pops code 1's single default.
    let module = stack_depths(&program, &program.codes[0]).expect("module verifies");
    assert_eq!(module, vec![Some(0), Some(1), Some(1), Some(0), Some(1)]);
}

#[test]
fn unreachable_instructions_have_no_depth() {
    let mut program = fib();
    let code = &mut program.codes[1];
    // An instruction after the final RETURN_VALUE that nothing jumps to.
    code.code
        .push(kiln_bytecode::Instruction::new(Opcode::ReturnValue, 0));
    code.locations.push(kiln_bytecode::Location::default());
    let depths = stack_depths(&program, &program.codes[1]).expect("still verifies");
    assert_eq!(depths.last(), Some(&None));
    assert_eq!(round_trip(&program), program);
}
