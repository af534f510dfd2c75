//! JSON text to a `Value` (RFC 8259), failing as serde_json failed: the
//! same texts refused, each at the same line and column.

use super::number::from_parts;
use super::{Number, Object, ParseError, SyntaxError, Value};

/// How deep arrays and objects may nest, as in serde_json: each level is
/// a call of `value`, so hostile data cannot overflow the stack.
pub const MAX_DEPTH: usize = 127;

/// Reads a whole JSON text.
pub fn parse(bytes: &[u8]) -> Result<Value, ParseError> {
    let mut p = Parser { bytes, at: 0, depth: 0 };
    let value = p.value().and_then(|v| match p.skip_whitespace() {
        Some(_) => Err(p.peek_error(SyntaxError::TrailingCharacters)),
        None => Ok(v),
    });
    value.map_err(|Failure { error, at }| {
        // Found only when there is an error, so the happy path counts no lines.
        let before = &bytes[..at];
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let line = 1 + before[..line_start].iter().filter(|&&b| b == b'\n').count();
        ParseError { error, line, column: at - line_start }
    })
}

/// An error and the byte offset its column counts to: the byte just read
/// (`error`) or the one about to be read (`peek_error`), as serde_json
/// located its errors.
struct Failure {
    error: SyntaxError,
    at: usize,
}

type Parsed<T> = Result<T, Failure>;

struct Parser<'a> {
    bytes: &'a [u8],
    /// The next byte to read.
    at: usize,
    /// Arrays and objects open around the value being read.
    depth: usize,
}

// The one-line readers below are `inline(always)`: the release profile
// optimizes for size, which left them as calls in every hot loop, and the
// reader was then slower than serde_json; inlined it is faster (see
// tests/bench_json.rs), for 84 bytes of brotli.
impl Parser<'_> {
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// The next byte, or 0 at the end (never a byte that continues a number).
    #[inline(always)]
    fn peek_or_null(&self) -> u8 {
        self.peek().unwrap_or(0)
    }

    #[inline(always)]
    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    /// An error at the byte just read.
    fn error(&self, error: SyntaxError) -> Failure {
        Failure { error, at: self.at }
    }

    /// An error at the byte about to be read.
    fn peek_error(&self, error: SyntaxError) -> Failure {
        Failure { error, at: (self.at + 1).min(self.bytes.len()) }
    }

    /// Skips JSON's four whitespace bytes and peeks at the next.
    #[inline(always)]
    fn skip_whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.at += 1;
        }
        self.peek()
    }

    fn value(&mut self) -> Parsed<Value> {
        let Some(first) = self.skip_whitespace() else {
            return Err(self.peek_error(SyntaxError::EndInValue));
        };
        match first {
            b'n' => self.literal(b"null", Value::Null),
            b't' => self.literal(b"true", Value::Bool(true)),
            b'f' => self.literal(b"false", Value::Bool(false)),
            b'-' => {
                self.at += 1;
                self.number(false).map(Value::Number)
            }
            b'0'..=b'9' => self.number(true).map(Value::Number),
            b'"' => {
                self.at += 1;
                self.string().map(Value::String)
            }
            b'[' | b'{' => {
                if self.depth == MAX_DEPTH {
                    return Err(self.peek_error(SyntaxError::TooDeep));
                }
                self.depth += 1;
                self.at += 1;
                let value = if first == b'[' { self.array() } else { self.object() };
                self.depth -= 1;
                value
            }
            _ => Err(self.peek_error(SyntaxError::ExpectedValue)),
        }
    }

    fn literal(&mut self, word: &[u8], value: Value) -> Parsed<Value> {
        self.at += 1;
        for &expected in &word[1..] {
            match self.next() {
                None => return Err(self.error(SyntaxError::EndInValue)),
                Some(b) if b != expected => return Err(self.error(SyntaxError::ExpectedLiteral)),
                Some(_) => {}
            }
        }
        Ok(value)
    }

    /// After `[`: the items, then `]`.
    fn array(&mut self) -> Parsed<Value> {
        let mut items = Vec::new();
        loop {
            match self.skip_whitespace() {
                None => return Err(self.peek_error(SyntaxError::EndInArray)),
                Some(b']') => break,
                Some(_) if items.is_empty() => {}
                Some(b',') => {
                    self.at += 1;
                    match self.skip_whitespace() {
                        Some(b']') => return Err(self.peek_error(SyntaxError::TrailingComma)),
                        Some(_) => {}
                        None => return Err(self.peek_error(SyntaxError::EndInValue)),
                    }
                }
                Some(_) => return Err(self.peek_error(SyntaxError::ExpectedCommaOrArrayEnd)),
            }
            items.push(self.value()?);
        }
        self.at += 1;
        Ok(Value::Array(items))
    }

    /// After `{`: the members, then `}`.
    fn object(&mut self) -> Parsed<Value> {
        let mut members = Vec::new();
        // When to sort the members read so far and drop each repeated key's
        // earlier values: see below.
        let mut compact_at = 64;
        loop {
            match self.skip_whitespace() {
                None => return Err(self.peek_error(SyntaxError::EndInObject)),
                Some(b'}') => break,
                Some(b'"') if members.is_empty() => {}
                Some(_) if members.is_empty() => return Err(self.peek_error(SyntaxError::KeyMustBeString)),
                Some(b',') => {
                    self.at += 1;
                    match self.skip_whitespace() {
                        Some(b'"') => {}
                        Some(b'}') => return Err(self.peek_error(SyntaxError::TrailingComma)),
                        Some(_) => return Err(self.peek_error(SyntaxError::KeyMustBeString)),
                        None => return Err(self.peek_error(SyntaxError::EndInValue)),
                    }
                }
                Some(_) => return Err(self.peek_error(SyntaxError::ExpectedCommaOrObjectEnd)),
            }
            self.at += 1;
            let key = self.string()?;
            match self.skip_whitespace() {
                Some(b':') => self.at += 1,
                Some(_) => return Err(self.peek_error(SyntaxError::ExpectedColon)),
                None => return Err(self.peek_error(SyntaxError::EndInObject)),
            }
            if members.is_empty() {
                // Room for a milestone's fields at once: fewer
                // reallocations. Not before the first member, or each `{}`
                // of a hostile `[{},{},…]` would take 448 bytes.
                members.reserve(8);
            }
            members.push((key, self.value()?));
            if members.len() == compact_at {
                // A hostile `{"a":0,"a":0,…}` would otherwise keep every
                // value till the object ends (38 MB for 1 MiB; serde_json's
                // map dropped each as the next came). Compacted whenever
                // they double, the members stay at most twice the keys,
                // in O(n log n) time overall.
                members = Object::from_members(members).into_members();
                compact_at = 2 * members.len().max(32);
            }
        }
        self.at += 1;
        Ok(Value::Object(Object::from_members(members)))
    }

    /// After the opening `"`: the text up to the closing one.
    fn string(&mut self) -> Parsed<String> {
        // Escapes are decoded into `text`; runs without one are copied
        // whole. UTF-8 is checked once the string is closed, so an error in
        // an escape further on is the one reported, as in serde_json.
        let mut text = Vec::new();
        loop {
            let run = self.at;
            let rest = &self.bytes[run..];
            let Some(stop) = string_stop(rest) else {
                self.at = self.bytes.len();
                return Err(self.error(SyntaxError::EndInString));
            };
            self.at += stop + 1;
            match rest[stop] {
                b'"' if text.is_empty() => {
                    // Most strings have no escape: checked and copied once.
                    return match std::str::from_utf8(&rest[..stop]) {
                        Ok(s) => Ok(s.to_owned()),
                        Err(e) => Err(self.bad_utf8(stop - e.valid_up_to())),
                    };
                }
                b'"' => {
                    text.extend_from_slice(&rest[..stop]);
                    break;
                }
                b'\\' => {
                    text.extend_from_slice(&rest[..stop]);
                    self.escape(&mut text)?;
                }
                _ => return Err(self.error(SyntaxError::ControlCharacter)),
            }
        }
        String::from_utf8(text).map_err(|e| {
            let after = e.as_bytes().len() - e.utf8_error().valid_up_to();
            self.bad_utf8(after)
        })
    }

    /// Bytes that are not UTF-8 in the string just closed, `after` bytes
    /// of its decoded text before the closing quote: counted back from
    /// the quote through the decoded text (so approximate after escapes,
    /// as in serde_json; a string holds no line break, so the line is
    /// right).
    fn bad_utf8(&self, after: usize) -> Failure {
        Failure { error: SyntaxError::InvalidUtf8, at: self.at.saturating_sub(after) }
    }

    /// After a backslash.
    fn escape(&mut self, text: &mut Vec<u8>) -> Parsed<()> {
        let Some(b) = self.next() else {
            return Err(self.error(SyntaxError::EndInString));
        };
        let byte = match b {
            b'"' | b'\\' | b'/' => b,
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let c = self.unicode_escape()?;
                text.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                return Ok(());
            }
            _ => return Err(self.error(SyntaxError::InvalidEscape)),
        };
        text.push(byte);
        Ok(())
    }

    /// After `\u`: one character, from one escape or a surrogate pair.
    fn unicode_escape(&mut self) -> Parsed<char> {
        let first = self.hex4()?;
        if !(0xD800..=0xDFFF).contains(&first) {
            return Ok(char::from_u32(first).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
        if first >= 0xDC00 {
            return Err(self.error(SyntaxError::LoneSurrogate));
        }
        for expected in [b'\\', b'u'] {
            match self.next() {
                None => return Err(self.error(SyntaxError::EndInString)),
                Some(b) if b != expected => return Err(self.error(SyntaxError::LoneSurrogate)),
                Some(_) => {}
            }
        }
        let second = self.hex4()?;
        if !(0xDC00..=0xDFFF).contains(&second) {
            return Err(self.error(SyntaxError::LoneSurrogate));
        }
        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
        Ok(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    /// Four hex digits.
    fn hex4(&mut self) -> Parsed<u32> {
        let Some(digits) = self.bytes.get(self.at..self.at + 4) else {
            self.at = self.bytes.len();
            return Err(self.error(SyntaxError::EndInString));
        };
        self.at += 4;
        let mut n = 0;
        for &d in digits {
            let Some(v) = (d as char).to_digit(16) else {
                return Err(self.error(SyntaxError::InvalidEscape));
            };
            n = n * 16 + v;
        }
        Ok(n)
    }

    /// A number, its `-` (if any) read: serde_json's steps, for the same
    /// values and the same errors.
    fn number(&mut self, positive: bool) -> Parsed<Number> {
        let Some(first) = self.next() else {
            return Err(self.error(SyntaxError::EndInValue));
        };
        let mut significand = match first {
            b'0' => {
                // One leading zero only.
                if self.peek_or_null().is_ascii_digit() {
                    return Err(self.peek_error(SyntaxError::InvalidNumber));
                }
                0
            }
            b'1'..=b'9' => u64::from(first - b'0'),
            _ => return Err(self.error(SyntaxError::InvalidNumber)),
        };
        // Digits past what 64 bits hold are counted as powers of ten.
        let mut exponent: i32 = 0;
        while let Some(&c @ b'0'..=b'9') = self.bytes.get(self.at) {
            self.at += 1;
            match push_digit(significand, c) {
                Some(s) if exponent == 0 => significand = s,
                _ => exponent += 1,
            }
        }
        let float = match self.peek_or_null() {
            b'.' => self.fraction(significand, exponent)?,
            b'e' | b'E' => self.exponent(significand, exponent)?,
            _ if exponent > 0 => self.float(significand, exponent)?,
            _ if positive => return Ok(Number::PosInt(significand)),
            // `-0` and integers below i64::MIN are floats, as in serde_json.
            _ => match 0i64.checked_sub_unsigned(significand) {
                Some(n) if n < 0 => return Ok(Number::NegInt(n)),
                _ => significand as f64,
            },
        };
        Ok(Number::Float(if positive { float } else { -float }))
    }

    /// After the integer part, at `.`.
    fn fraction(&mut self, mut significand: u64, mut exponent: i32) -> Parsed<f64> {
        self.at += 1;
        let mut digits = 0;
        let mut full = false;
        while let Some(&c @ b'0'..=b'9') = self.bytes.get(self.at) {
            self.at += 1;
            digits += 1;
            // Digits past what 64 bits hold are dropped.
            match push_digit(significand, c) {
                Some(s) if !full => {
                    significand = s;
                    exponent -= 1;
                }
                _ => full = true,
            }
        }
        if digits == 0 {
            return Err(match self.peek() {
                Some(_) => self.peek_error(SyntaxError::InvalidNumber),
                None => self.peek_error(SyntaxError::EndInValue),
            });
        }
        match self.peek_or_null() {
            b'e' | b'E' => self.exponent(significand, exponent),
            _ => self.float(significand, exponent),
        }
    }

    /// At `e` or `E`.
    fn exponent(&mut self, significand: u64, starting: i32) -> Parsed<f64> {
        self.at += 1;
        let positive = match self.peek_or_null() {
            b'+' => {
                self.at += 1;
                true
            }
            b'-' => {
                self.at += 1;
                false
            }
            _ => true,
        };
        let mut exp = match self.next() {
            None => return Err(self.error(SyntaxError::EndInValue)),
            Some(c @ b'0'..=b'9') => i32::from(c - b'0'),
            Some(_) => return Err(self.error(SyntaxError::InvalidNumber)),
        };
        while let c @ b'0'..=b'9' = self.peek_or_null() {
            self.at += 1;
            match exp.checked_mul(10).and_then(|e| e.checked_add(i32::from(c - b'0'))) {
                Some(e) => exp = e,
                None if positive && significand != 0 => return Err(self.error(SyntaxError::NumberOutOfRange)),
                None => {
                    while self.peek_or_null().is_ascii_digit() {
                        self.at += 1;
                    }
                    return Ok(0.0);
                }
            }
        }
        let exponent = if positive { starting.saturating_add(exp) } else { starting.saturating_sub(exp) };
        self.float(significand, exponent)
    }

    fn float(&self, significand: u64, exponent: i32) -> Parsed<f64> {
        from_parts(significand, exponent).ok_or_else(|| self.error(SyntaxError::NumberOutOfRange))
    }
}

/// `significand` with the digit `c` written after it, if 64 bits hold it.
#[inline(always)]
fn push_digit(significand: u64, c: u8) -> Option<u64> {
    const TENTH: u64 = u64::MAX / 10;
    let digit = u64::from(c - b'0');
    (significand < TENTH || significand == TENTH && digit <= u64::MAX % 10).then(|| significand * 10 + digit)
}

/// Where `text` has its first `"`, `\\` or control character: eight bytes
/// at a time, as serde_json looks, for a byte at a time took three times
/// serde_json's time over a long string. A flag is set in a byte that is
/// one of them, and spurious flags (from a borrow) only above a true one,
/// so the lowest flag is the first.
#[inline(always)]
fn string_stop(text: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::MAX / 255;
    let has_byte = |word: u64, b: u8| {
        let x = word ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x
    };
    let mut chunks = text.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let control = word.wrapping_sub(ONES * 0x20) & !word;
        let found = (control | has_byte(word, b'"') | has_byte(word, b'\\')) & (ONES << 7);
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).map(|i| at + i)
}
