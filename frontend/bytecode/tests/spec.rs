//! Keeps `docs/bytecode.md` in step with the code: its opcode table and operator tables must
//! list exactly what `opcode.rs` defines, with the same bytes, mnemonics, operand kinds, stack
//! effects, values and symbols.

use kiln_bytecode::{BinOp, CmpOp, Opcode, UnaryOp};
use std::collections::BTreeSet;
use std::path::Path;

/// The text of `docs/bytecode.md`.
fn spec() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/bytecode.md");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
}

/// Splits a Markdown table row into trimmed cells, honouring `\|` escapes, and strips one pair
/// of surrounding backticks from each cell.
fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|');
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push('|');
                chars.next();
            }
            '|' => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    cells.push(cell);
    cells
        .into_iter()
        .map(|cell| {
            let cell = cell.trim();
            let unquoted = cell.strip_prefix('`').and_then(|c| c.strip_suffix('`'));
            unquoted.unwrap_or(cell).to_owned()
        })
        .collect()
}

/// The body rows of the table whose header row has exactly `header` as its cells. Fails if
/// there is no such table or more than one.
fn table(doc: &str, header: &[&str]) -> Vec<Vec<String>> {
    let lines: Vec<&str> = doc.lines().collect();
    let starts: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, line)| line.trim_start().starts_with('|') && cells(line) == header)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(
        starts.len(),
        1,
        "docs/bytecode.md must have exactly one table headed {header:?}"
    );
    let start = starts[0];
    let separator = cells(lines.get(start + 1).copied().unwrap_or_default());
    assert!(
        separator.len() == header.len()
            && separator
                .iter()
                .all(|c| !c.is_empty() && c.chars().all(|c| c == '-' || c == ':')),
        "the table headed {header:?} lacks its separator row"
    );
    lines[start + 2..]
        .iter()
        .take_while(|line| line.trim_start().starts_with('|'))
        .map(|line| {
            let row = cells(line);
            assert_eq!(
                row.len(),
                header.len(),
                "row with the wrong number of cells: {line}"
            );
            row
        })
        .collect()
}

/// The row the opcode table should have for `op` (without the free-text description).
fn expected_opcode_row(op: Opcode) -> String {
    format!(
        "| {} | `{}` | `{}` | `{}` | ... |",
        op as u8,
        op.mnemonic(),
        op.operand_kind().name(),
        op.stack_effect_text()
    )
}

#[test]
fn opcode_table_matches_the_code() {
    let doc = spec();
    let rows = table(
        &doc,
        &["byte", "mnemonic", "operand", "stack", "description"],
    );
    let mut seen = BTreeSet::new();
    let mut previous: Option<u8> = None;
    for row in &rows {
        let byte: u8 = row[0]
            .parse()
            .unwrap_or_else(|_| panic!("bad byte {:?} in {row:?}", row[0]));
        let Some(op) = Opcode::from_byte(byte) else {
            panic!(
                "docs/bytecode.md lists byte {byte} ({}), which is no opcode",
                row[1]
            );
        };
        let expected = expected_opcode_row(op);
        assert_eq!(
            row[1],
            op.mnemonic(),
            "byte {byte}: mnemonic differs; expected {expected}"
        );
        assert_eq!(
            row[2],
            op.operand_kind().name(),
            "{}: operand differs; expected {expected}",
            op.mnemonic()
        );
        assert_eq!(
            row[3],
            op.stack_effect_text(),
            "{}: stack differs; expected {expected}",
            op.mnemonic()
        );
        assert!(
            !row[4].is_empty(),
            "{}: the description is empty",
            op.mnemonic()
        );
        assert!(seen.insert(byte), "byte {byte} is listed twice");
        assert!(
            previous.is_none_or(|p| p < byte),
            "rows must be in byte order (at {byte})"
        );
        previous = Some(byte);
    }
    let missing: Vec<String> = Opcode::ALL
        .iter()
        .filter(|op| !seen.contains(&(**op as u8)))
        .map(|op| expected_opcode_row(*op))
        .collect();
    assert!(
        missing.is_empty(),
        "opcodes missing from docs/bytecode.md:\n{}",
        missing.join("\n")
    );
}

/// Checks an operator table: `(value, symbol, name)` for every operator, in order.
fn check_operators(kind: &str, expected: &[(u32, &str, String)]) {
    let doc = spec();
    let rows = table(&doc, &[kind, "symbol", "name"]);
    let rows: Vec<(String, String, String)> = rows
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
        .collect();
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(value, symbol, name)| (value.to_string(), (*symbol).to_owned(), name.clone()))
        .collect();
    assert_eq!(
        rows, expected,
        "the {kind} table in docs/bytecode.md differs from opcode.rs"
    );
}

#[test]
fn binop_table_matches_the_code() {
    let expected: Vec<_> = BinOp::ALL
        .iter()
        .map(|op| (*op as u32, op.symbol(), format!("{op:?}")))
        .collect();
    check_operators("binop", &expected);
}

#[test]
fn unaryop_table_matches_the_code() {
    let expected: Vec<_> = UnaryOp::ALL
        .iter()
        .map(|op| (*op as u32, op.symbol(), format!("{op:?}")))
        .collect();
    check_operators("unaryop", &expected);
}

#[test]
fn cmpop_table_matches_the_code() {
    let expected: Vec<_> = CmpOp::ALL
        .iter()
        .map(|op| (*op as u32, op.symbol(), format!("{op:?}")))
        .collect();
    check_operators("cmpop", &expected);
}

#[test]
fn spec_states_the_current_version() {
    let doc = spec();
    let title = format!(
        "# kiln bytecode, format {}.{}",
        kiln_bytecode::FORMAT_MAJOR,
        kiln_bytecode::FORMAT_MINOR
    );
    assert!(
        doc.starts_with(&title),
        "docs/bytecode.md must start with {title:?}"
    );
}

#[test]
fn cell_parsing() {
    assert_eq!(cells("| 10 | `\\|` | BitOr |"), ["10", "|", "BitOr"]);
    assert_eq!(cells("| a | `x -> y` |"), ["a", "x -> y"]);
}
