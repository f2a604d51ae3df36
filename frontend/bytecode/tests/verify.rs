//! The verifier: each rule, with the message it gives (code object, instruction, mnemonic).

mod common;

use common::{every_opcode, fib, total};
use kiln_bytecode::verify::{max_stack, stack_depths};
use kiln_bytecode::{
    decode, encode, verify, CodeKind, Constant, Instruction, Location, Opcode, Program, Span,
};

/// The verifier's message for `program`, failing the test if it verifies; also checks that
/// decode reports the same problem.
fn error(program: &Program) -> String {
    let message = match verify(program) {
        Ok(()) => panic!("invalid program verified"),
        Err(err) => err.to_string(),
    };
    match decode(&encode(program)) {
        Ok(_) => panic!("invalid program decoded"),
        Err(err) => assert_eq!(err.to_string(), format!("invalid bytecode: {message}")),
    }
    message
}

/// `fib` with instruction `at` of code 1 replaced.
fn fib_with(at: usize, op: Opcode, arg: u32) -> Program {
    let mut program = fib();
    program.codes[1].code[at] = Instruction::new(op, arg);
    program
}

#[test]
fn valid_programs_verify() {
    assert_eq!(verify(&fib()), Ok(()));
    assert_eq!(verify(&total()), Ok(()));
    assert_eq!(verify(&every_opcode()), Ok(()));
}

#[test]
fn out_of_range_indices() {
    assert_eq!(
        error(&fib_with(1, Opcode::LoadConst, 6)),
        "code 1 (fib), instruction 1 (LOAD_CONST): constant index 6 out of range (there are 6)"
    );
    assert_eq!(
        error(&fib_with(6, Opcode::LoadGlobal, 2)),
        "code 1 (fib), instruction 6 (LOAD_GLOBAL): name index 2 out of range (there are 2)"
    );
    assert_eq!(
        error(&fib_with(0, Opcode::LoadFast, 1)),
        "code 1 (fib), instruction 0 (LOAD_FAST): local index 1 out of range (there are 1)"
    );
    let mut program = fib();
    program.codes[0].code[0].arg = 2;
    assert_eq!(
        error(&program),
        "code 0 (<module>), instruction 0 (MAKE_FUNCTION): code object index 2 out of range \
         (there are 2)"
    );
    program.codes[0].code[0].arg = 0;
    assert!(error(&program).contains("code 0 is the module"));
}

#[test]
fn bad_jump_target() {
    assert_eq!(
        error(&fib_with(3, Opcode::PopJumpIfFalse, 18)),
        "code 1 (fib), instruction 3 (POP_JUMP_IF_FALSE): jump target 18 out of range (the code \
         has 18 instructions)"
    );
    let mut program = fib();
    program.codes[1].code[3].arg = u32::MAX;
    assert!(error(&program).contains("jump target 4294967295 out of range"));
}

#[test]
fn bad_operator_and_nonzero_unused_operands() {
    assert!(error(&fib_with(16, Opcode::Binary, 12)).contains("12 is not a binary operator"));
    assert!(error(&fib_with(2, Opcode::Compare, 6)).contains("6 is not a comparison operator"));
    let mut program = every_opcode();
    program.codes[1].code[6].arg = 4;
    assert!(error(&program).contains("instruction 6 (UNARY): 4 is not a unary operator"));
    assert_eq!(
        error(&fib_with(5, Opcode::ReturnValue, 1)),
        "code 1 (fib), instruction 5 (RETURN_VALUE): takes no operand, but the operand is 1 \
         (must be 0)"
    );
}

#[test]
fn inconsistent_stack_depth() {
    // Jump from depth 1 (after LOAD_FAST) to instruction 6, which is reached at depth 0.
    let mut program = fib();
    program.codes[1].code[4] = Instruction::new(Opcode::LoadFast, 0);
    program.codes[1].code[5] = Instruction::new(Opcode::Jump, 6);
    assert_eq!(
        error(&program),
        "code 1 (fib), instruction 5 (JUMP): inconsistent stack depth at instruction 6 \
         (LOAD_GLOBAL): 1 coming from here but 0 along another path"
    );
}

#[test]
fn stack_underflow() {
    assert_eq!(
        error(&fib_with(0, Opcode::PopTop, 0)),
        "code 1 (fib), instruction 0 (POP_TOP): stack underflow: pops 1 values but the stack \
         holds only 0"
    );
    // RETURN_VALUE on an empty stack: a terminator still pops.
    assert!(error(&fib_with(4, Opcode::Nop, 0))
        .contains("instruction 5 (RETURN_VALUE): stack underflow"));
    // CALL pops its arguments and the callable.
    assert!(error(&fib_with(10, Opcode::Call, 3)).contains("(CALL): stack underflow: pops 4"));
}

#[test]
fn falling_off_the_end() {
    let mut program = fib();
    program.codes[1].code[17] = Instruction::new(Opcode::PopTop, 0);
    assert_eq!(
        error(&program),
        "code 1 (fib), instruction 17 (POP_TOP): execution falls off the end of the code; every \
         path must end in RETURN_VALUE"
    );
    // A conditional branch as the last instruction falls off the end when not taken.
    assert!(error(&fib_with(17, Opcode::PopJumpIfTrue, 0))
        .contains("instruction 17 (POP_JUMP_IF_TRUE): execution falls off"));
}

#[test]
fn loops_without_return_are_allowed() {
    // `while True: pass` — the only path jumps back forever.
    let mut program = fib();
    program.codes[1].code = vec![
        Instruction::new(Opcode::Nop, 0),
        Instruction::new(Opcode::Jump, 0),
    ];
    program.codes[1].locations = vec![Location::default(); 2];
    program.codes[1].max_stack = 0;
    assert_eq!(verify(&program), Ok(()));
}

#[test]
fn max_stack_must_match() {
    let mut program = fib();
    program.codes[1].max_stack = 5;
    assert_eq!(
        error(&program),
        "code 1 (fib): max_stack is 5 but the stack reaches a depth of 4"
    );
    program.codes[1].max_stack = 3;
    assert!(error(&program).contains("max_stack is 3"));
    assert_eq!(max_stack(&fib(), &fib().codes[0]), Ok(3));
}

#[test]
fn make_function_pops_the_defaults() {
    // total's module pushes one default before MAKE_FUNCTION; with no default declared the
    // stack would hold a stray value, so max_stack and the final depth change.
    let mut program = total();
    program.codes[1].defaults = 0;
    let depths = stack_depths(&program, &program.codes[0]).expect("still consistent");
    assert_eq!(depths, vec![Some(0), Some(1), Some(2), Some(1), Some(2)]);
    assert!(error(&program)
        .contains("code 0 (<module>): max_stack is 1 but the stack reaches a depth of 2"));
    // Declaring two defaults where only one is pushed underflows.
    program.codes[1].defaults = 2;
    assert_eq!(
        error(&program),
        "code 0 (<module>), instruction 1 (MAKE_FUNCTION): stack underflow: pops 2 values but \
         the stack holds only 1"
    );
}

#[test]
fn kw_names_rules() {
    let mut program = fib();
    program.codes[0].code[7] = Instruction::new(Opcode::KwNames, 2);
    assert_eq!(
        error(&program),
        "code 0 (<module>), instruction 7 (KW_NAMES): constant 2 is not a tuple of keyword names"
    );

    let mut program = fib();
    program.consts[3] = Constant::Tuple(vec![Constant::Int(1)]);
    assert!(error(&program).contains("holds a keyword name that is not a string"));

    let mut program = fib();
    program.consts[3] = Constant::Tuple(vec![
        Constant::Str("end".into()),
        Constant::Str("end".into()),
    ]);
    assert!(error(&program).contains("keyword name \"end\" appears twice"));

    let mut program = fib();
    program.consts[3] = Constant::Tuple(vec![
        Constant::Str("end".into()),
        Constant::Str("sep".into()),
    ]);
    program.codes[0].code[8].arg = 1;
    program.codes[0].code[3] = Instruction::new(Opcode::Nop, 0);
    program.codes[0].code[5] = Instruction::new(Opcode::Nop, 0);
    program.codes[0].max_stack = 3;
    assert!(error(&program).contains(
        "instruction 7 (KW_NAMES): names 2 keyword arguments but the CALL that follows passes only 1"
    ));

    let mut program = fib();
    program.codes[0].code[8] = Instruction::new(Opcode::PopTop, 0);
    assert_eq!(
        error(&program),
        "code 0 (<module>), instruction 7 (KW_NAMES): must be immediately followed by CALL"
    );

    let mut program = fib();
    program.codes[0].code[10] = Instruction::new(Opcode::Jump, 8);
    assert!(error(&program).contains(
        "instruction 10 (JUMP): jumps to 8, the CALL of a KW_NAMES; jump to the KW_NAMES instead"
    ));
}

#[test]
fn code_object_shape() {
    let mut program = fib();
    program.codes[0].kind = CodeKind::Function;
    assert_eq!(
        error(&program),
        "code 0 (<module>): the entry code object (code 0) must be a module, not a function"
    );

    let mut program = fib();
    program.codes[1].kind = CodeKind::Module;
    assert!(error(&program).contains("code 1 (fib): only code 0 may be a module"));

    let mut program = fib();
    program.codes[0].argcount = 1;
    program.codes[0].locals = vec!["x".into()];
    assert!(error(&program).contains("the module takes no arguments, but argcount is 1"));

    let mut program = fib();
    program.codes[1].argcount = 2;
    assert_eq!(
        error(&program),
        "code 1 (fib): argcount is 2 but there are only 1 locals (parameters are the first locals)"
    );

    let mut program = fib();
    program.codes[1].defaults = 2;
    assert_eq!(
        error(&program),
        "code 1 (fib): defaults is 2 but argcount is only 1"
    );

    let mut program = fib();
    program.codes[1].locations.pop();
    assert_eq!(
        error(&program),
        "code 1 (fib): has 18 instructions but 17 locations (there must be one per instruction)"
    );

    let mut program = fib();
    program.codes[1].code.clear();
    program.codes[1].locations.clear();
    assert_eq!(error(&program), "code 1 (fib): has no instructions");
    assert!(stack_depths(&program, &program.codes[1]).is_err());
}

#[test]
fn spans() {
    let mut program = fib();
    program.codes[1].locations[2].span = Span::new(5, 4);
    assert_eq!(
        error(&program),
        "code 1 (fib), instruction 2 (COMPARE): the location's span: 5..4 ends before it starts"
    );

    let mut program = fib();
    let len = program.source.as_ref().map_or(0, String::len) as u32;
    program.codes[1].span = Span::new(0, len + 1);
    assert_eq!(
        error(&program),
        format!(
            "code 1 (fib): the code object's span: 0..{} lies outside the {len}-byte source",
            len + 1
        )
    );

    // Without the source, spans are only checked for order.
    program.source = None;
    assert_eq!(verify(&program), Ok(()));

    let mut program = fib();
    program.source = Some("é".repeat(50));
    for code in &mut program.codes {
        for loc in &mut code.locations {
            loc.span = Span::new(0, 2);
        }
        code.span = Span::new(0, 0);
    }
    program.codes[1].locations[0].span = Span::new(1, 2);
    assert!(error(&program).contains("byte 1 is inside a UTF-8 character of the source"));
}

#[test]
fn program_shape() {
    let mut program = fib();
    program.codes.clear();
    assert_eq!(
        error(&program),
        "the program has no code objects (code 0 must be the module)"
    );

    let mut program = fib();
    let mut deep = Constant::None;
    for _ in 0..33 {
        deep = Constant::Tuple(vec![deep]);
    }
    program.consts.push(deep.clone());
    assert_eq!(
        verify(&program).map_err(|e| e.0),
        Err("constant 6 nests tuples more than 32 deep".into())
    );
    // The decoder stops reading at the limit, before the verifier sees the constant.
    assert!(decode(&encode(&program)).is_err());
    // Exactly at the limit is fine.
    if let Constant::Tuple(mut items) = deep {
        program.consts[6] = items.remove(0);
    }
    assert_eq!(verify(&program), Ok(()));
}

#[test]
fn stack_depths_outside_the_program() {
    // A code object not (yet) in the program is named by its name alone.
    let program = fib();
    let mut loose = program.codes[1].clone();
    loose.code[0] = Instruction::new(Opcode::PopTop, 0);
    let err = stack_depths(&program, &loose).expect_err("underflow");
    assert!(err
        .to_string()
        .starts_with("code object fib, instruction 0 (POP_TOP): stack underflow"));
    assert!(stack_depths(&program, &program.codes[1]).is_ok());
}

#[test]
fn extreme_counts_do_not_overflow() {
    assert_eq!(Opcode::Call.stack_effect(u32::MAX).pop, u32::MAX);
    assert_eq!(Opcode::BuildString.stack_effect(u32::MAX).pop, u32::MAX);
    assert!(error(&fib_with(10, Opcode::Call, u32::MAX)).contains("(CALL): stack underflow"));
    assert!(error(&fib_with(10, Opcode::BuildString, u32::MAX)).contains("stack underflow"));
    let mut program = fib();
    program.codes[0].code[8].arg = u32::MAX;
    assert!(error(&program).contains("instruction 8 (CALL): stack underflow"));
}

#[test]
fn handler_tables() {
    use kiln_bytecode::Handler;
    // `every_opcode`'s handling code object, with its table edited.
    let edited = |edit: &dyn Fn(&mut Vec<Handler>)| {
        let mut program = every_opcode();
        edit(&mut program.codes[2].handlers);
        error(&program)
    };
    assert!(edited(&|h| h[0].end = 0).contains("handler 0 covers 0..0"));
    assert!(edited(&|h| h[1].end = 99).contains("not a non-empty range of the 15 instructions"));
    assert!(edited(&|h| h[1].start = 2).contains("handler 1 (2..10) overlaps"));
    assert!(edited(&|h| h[0].target = 15).contains("handler 0 targets instruction 15"));
    // A handler is entered with its depth + 1 values: 1 at instruction 12, reached with 0.
    assert!(edited(&|h| h[1].target = 12).contains("inconsistent stack depth at instruction 12"));
    // Instruction 0 runs with an empty stack, fewer than a handler of depth 2 allows.
    assert!(edited(&|h| h[0].depth = 2).contains("fewer than the 2 of its handler"));
    let mut program = every_opcode();
    program.codes[2].code[11] = Instruction::new(Opcode::Raise, 3);
    assert!(error(&program).contains("RAISE takes 0, 1 or 2 values, not 3"));
}
