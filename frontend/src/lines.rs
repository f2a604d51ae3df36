//! Byte offset → line number mapping for source locations.

/// The start offsets of every line of a source text, and of the files in it (a program's
/// source holds its modules' texts after the script's; lines count from each file's start).
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
    files: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str, files: impl IntoIterator<Item = u32>) -> LineIndex {
        let mut starts = vec![0];
        for (i, byte) in source.bytes().enumerate() {
            if byte == b'\n' {
                starts.push(u32::try_from(i + 1).unwrap_or(u32::MAX));
            }
        }
        LineIndex {
            starts,
            files: files.into_iter().collect(),
        }
    }

    /// The 1-based line of its file containing byte `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        let line = |offset: u32| self.starts.partition_point(|&start| start <= offset);
        let file_start = self
            .files
            .iter()
            .rev()
            .find(|&&start| start <= offset)
            .map_or(0, |&start| line(start) - 1);
        u32::try_from(line(offset) - file_start)
            .unwrap_or(u32::MAX)
            .max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn lines_are_one_based() {
        let index = LineIndex::new("a\nbc\n\nd", []);
        assert_eq!(index.line(0), 1);
        assert_eq!(index.line(2), 2);
        assert_eq!(index.line(5), 3);
        assert_eq!(index.line(6), 4);
    }

    #[test]
    fn lines_count_from_each_file() {
        // The script `a\nbc\n`, then a module `d\ne` from byte 5.
        let index = LineIndex::new("a\nbc\nd\ne", [5]);
        assert_eq!(index.line(3), 2);
        assert_eq!(index.line(5), 1);
        assert_eq!(index.line(7), 2);
    }
}
