//! Disassembler snapshots: the layout is stable, so these compare whole texts.

mod common;

use common::{bit_length, every_opcode, fib, total, BIG_NEGATIVE};
use kiln_bytecode::dis::{constant_repr, disassemble};
use kiln_bytecode::{Constant, Instruction, Opcode};

#[test]
fn fib_with_source() {
    let expected = concat!(
        "kiln bytecode, format 1.10\n",
        "file: fib.py\n",
        "source: 6 lines\n",
        "\n",
        "constants:\n",
        "     0  None\n",
        "     1  10\n",
        "     2  '\\n'\n",
        "     3  ('end',)\n",
        "     4  2\n",
        "     5  1\n",
        "names:\n",
        "     0  fib\n",
        "     1  print\n",
        "\n",
        "code 0: <module> argcount=0 defaults=0 locals=[] max_stack=3\n",
        "   1 | def fib(n):\n",
        "              0  MAKE_FUNCTION        1 (fib)\n",
        "              1  STORE_GLOBAL         0 (fib)\n",
        "   6 | print(fib(10), end='\\n')\n",
        "              2  LOAD_BUILTIN         1 (print)\n",
        "              3  LOAD_GLOBAL          0 (fib)\n",
        "              4  LOAD_CONST           1 (10)\n",
        "              5  CALL                 1\n",
        "              6  LOAD_CONST           2 ('\\n')\n",
        "              7  KW_NAMES             3 (('end',))\n",
        "              8  CALL                 2\n",
        "              9  POP_TOP\n",
        "             10  LOAD_CONST           0 (None)\n",
        "             11  RETURN_VALUE\n",
        "\n",
        "code 1: fib(n) argcount=1 defaults=0 locals=[n] max_stack=4\n",
        "   2 | if n < 2:\n",
        "              0  LOAD_FAST            0 (n)\n",
        "              1  LOAD_CONST           4 (2)\n",
        "              2  COMPARE              0 (<)\n",
        "              3  POP_JUMP_IF_FALSE    6\n",
        "   3 | return n\n",
        "              4  LOAD_FAST            0 (n)\n",
        "              5  RETURN_VALUE\n",
        "   4 | return fib(n - 1) + fib(n - 2)\n",
        "        >>    6  LOAD_GLOBAL          0 (fib)\n",
        "              7  LOAD_FAST            0 (n)\n",
        "              8  LOAD_CONST           5 (1)\n",
        "              9  BINARY               1 (-)\n",
        "             10  CALL                 1\n",
        "             11  LOAD_GLOBAL          0 (fib)\n",
        "             12  LOAD_FAST            0 (n)\n",
        "             13  LOAD_CONST           4 (2)\n",
        "             14  BINARY               1 (-)\n",
        "             15  CALL                 1\n",
        "             16  BINARY               0 (+)\n",
        "             17  RETURN_VALUE\n",
    );
    assert_eq!(disassemble(&fib()), expected);
}

#[test]
fn loop_with_default() {
    let expected = concat!(
        "kiln bytecode, format 1.10\n",
        "file: total.py\n",
        "source: 5 lines\n",
        "\n",
        "constants:\n",
        "     0  0\n",
        "     1  None\n",
        "names:\n",
        "     0  total\n",
        "\n",
        "code 0: <module> argcount=0 defaults=0 locals=[] max_stack=1\n",
        "   1 | def total(xs, start=0):\n",
        "              0  LOAD_CONST           0 (0)\n",
        "              1  MAKE_FUNCTION        1 (total)\n",
        "              2  STORE_GLOBAL         0 (total)\n",
        "              3  LOAD_CONST           1 (None)\n",
        "              4  RETURN_VALUE\n",
        "\n",
        "code 1: total(xs, start) argcount=2 defaults=1 locals=[xs, start, s, x] max_stack=3\n",
        "   2 | s = start\n",
        "              0  LOAD_FAST            1 (start)\n",
        "              1  STORE_FAST           2 (s)\n",
        "   3 | for x in xs:\n",
        "              2  LOAD_FAST            0 (xs)\n",
        "              3  GET_ITER\n",
        "        >>    4  FOR_ITER             11\n",
        "              5  STORE_FAST           3 (x)\n",
        "   4 | s += x\n",
        "              6  LOAD_FAST            2 (s)\n",
        "              7  LOAD_FAST            3 (x)\n",
        "              8  INPLACE              0 (+)\n",
        "              9  STORE_FAST           2 (s)\n",
        "             10  JUMP                 4\n",
        "   5 | return s\n",
        "        >>   11  LOAD_FAST            2 (s)\n",
        "             12  RETURN_VALUE\n",
    );
    assert_eq!(disassemble(&total()), expected);
}

#[test]
fn without_source_lines_show_only_numbers() {
    let mut program = fib();
    program.source = None;
    let text = disassemble(&program);
    assert!(text.contains("source: not included\n"));
    assert!(text.contains("\n   2 |\n              0  LOAD_FAST            0 (n)\n"));
    assert!(!text.contains("return"));
}

#[test]
fn every_opcode_disassembles() {
    let program = every_opcode();
    let text = disassemble(&program);
    for op in Opcode::ALL {
        assert!(text.contains(op.mnemonic()), "missing {}", op.mnemonic());
    }
    assert!(text.contains("file: 'every opcode.py'\n"));
    assert!(text.contains("  -0.0\n"));
    assert!(text.contains("  nan\n"));
    assert!(text.contains("  -9223372036854775808\n"));
    assert!(text.contains("  'it\\'s \"quoted\"\\n\\t\\\\ é 😀 \\x00'\n"));
    assert!(text.contains("  (1, (-0.0, None), 'x')\n"));
    assert!(text.contains("  ()\n"));
    assert!(text.contains("KW_NAMES             3 (('sep',))\n"));
    assert!(text.contains("        >>   32  FOR_ITER             35\n"));
    assert!(text.contains(&format!("  {BIG_NEGATIVE}\n")));
    assert!(text.contains("  18446744073709551616\n"));
    assert!(text.contains("LOAD_ATTR            2 (bit_length)\n"));
}

#[test]
fn big_integer_and_method_call() {
    let expected = concat!(
        "kiln bytecode, format 1.10\n",
        "file: bit_length.py\n",
        "source: 2 lines\n",
        "\n",
        "constants:\n",
        "     0  123456789012345678901234567890\n",
        "     1  None\n",
        "names:\n",
        "     0  x\n",
        "     1  print\n",
        "     2  bit_length\n",
        "\n",
        "code 0: <module> argcount=0 defaults=0 locals=[] max_stack=2\n",
        "   1 | x = 123456789012345678901234567890\n",
        "              0  LOAD_CONST           0 (123456789012345678901234567890)\n",
        "              1  STORE_GLOBAL         0 (x)\n",
        "   2 | print(x.bit_length())\n",
        "              2  LOAD_BUILTIN         1 (print)\n",
        "              3  LOAD_GLOBAL          0 (x)\n",
        "              4  LOAD_ATTR            2 (bit_length)\n",
        "              5  CALL                 0\n",
        "              6  CALL                 1\n",
        "              7  POP_TOP\n",
        "              8  LOAD_CONST           1 (None)\n",
        "              9  RETURN_VALUE\n",
    );
    assert_eq!(disassemble(&bit_length()), expected);
}

#[test]
fn big_integers_show_as_plain_numbers() {
    // Python's repr of an int: the digits, with no quotes, suffix or separators.
    let big = Constant::BigInt(BIG_NEGATIVE.to_owned());
    assert_eq!(constant_repr(&big), BIG_NEGATIVE);
    let pair = Constant::Tuple(vec![
        big,
        Constant::BigInt("99999999999999999999".to_owned()),
    ]);
    assert_eq!(
        constant_repr(&pair),
        format!("({BIG_NEGATIVE}, 99999999999999999999)")
    );
}

#[test]
fn bytes_show_as_python_reprs() {
    assert_eq!(
        constant_repr(&Constant::Bytes(b"ab\x00\xff\t".to_vec())),
        r"b'ab\x00\xff\t'"
    );
    assert_eq!(
        constant_repr(&Constant::Bytes(b"it's".to_vec())),
        r#"b"it's""#
    );
    assert_eq!(
        constant_repr(&Constant::Bytes(b"'\"".to_vec())),
        r#"b'\'"'"#
    );
    assert_eq!(constant_repr(&Constant::Bytes(Vec::new())), "b''");
}

#[test]
fn invalid_programs_disassemble_without_panicking() {
    let mut program = fib();
    program.consts.clear();
    program.names.clear();
    program.codes[1].locals.clear();
    program.codes[1]
        .code
        .push(Instruction::new(Opcode::PopTop, 7));
    program.codes[1]
        .code
        .push(Instruction::new(Opcode::Binary, 99));
    program.codes[0].code[0].arg = 42;
    program.codes[1].locations[0].line = 1000;
    program.codes[1].argcount = 5;
    program.consts.push(Constant::Str(String::new()));
    let text = disassemble(&program);
    assert!(text.contains("LOAD_CONST           4 (<invalid>)"));
    assert!(text.contains("LOAD_GLOBAL          0 (<invalid>)"));
    assert!(text.contains("LOAD_FAST            0 (<invalid>)"));
    assert!(text.contains("MAKE_FUNCTION        42 (<invalid>)"));
    assert!(text.contains("POP_TOP              7 (<invalid: must be 0>)"));
    assert!(text.contains("BINARY               99 (<invalid>)"));
    assert!(text.contains("\n1000 |\n"));
    assert!(text.contains("code 1: fib() argcount=5"));
}
