//! What can be wrong in a JSON text, and where.

/// A syntax error, language-neutral: the problem's message says it in the
/// reader's language. One kind per mistake serde_json told apart, except
/// its two kinds of unpaired surrogate, one mistake to a newsroom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxError {
    /// The text ends where a value should be.
    EndInValue,
    /// The text ends inside a string.
    EndInString,
    /// The text ends inside an array.
    EndInArray,
    /// The text ends inside an object.
    EndInObject,
    /// Something else where a key's `:` should be.
    ExpectedColon,
    /// Something else where an array goes on (`,`) or ends (`]`).
    ExpectedCommaOrArrayEnd,
    /// Something else where an object goes on (`,`) or ends (`}`).
    ExpectedCommaOrObjectEnd,
    /// A word that starts like `true`, `false` or `null` and is not one.
    ExpectedLiteral,
    /// Something that is not a value where a value should be.
    ExpectedValue,
    /// A backslash escape JSON does not have, or a `\u` without four hex digits.
    InvalidEscape,
    /// A malformed number (`01`, `1.`, `-x`, `1e`).
    InvalidNumber,
    /// A number past the largest float.
    NumberOutOfRange,
    /// Bytes in a string that are not UTF-8.
    InvalidUtf8,
    /// A raw control character (a line break, a tab…) inside a string.
    ControlCharacter,
    /// An object key that is not a string.
    KeyMustBeString,
    /// A `\u` escape of half a character: a surrogate without its pair.
    LoneSurrogate,
    /// A comma right before `]` or `}`.
    TrailingComma,
    /// More text after the value.
    TrailingCharacters,
    /// Arrays and objects nested deeper than `MAX_DEPTH`.
    TooDeep,
}

impl SyntaxError {
    /// Every kind, for tests of the messages.
    pub const ALL: [SyntaxError; 19] = [
        SyntaxError::EndInValue,
        SyntaxError::EndInString,
        SyntaxError::EndInArray,
        SyntaxError::EndInObject,
        SyntaxError::ExpectedColon,
        SyntaxError::ExpectedCommaOrArrayEnd,
        SyntaxError::ExpectedCommaOrObjectEnd,
        SyntaxError::ExpectedLiteral,
        SyntaxError::ExpectedValue,
        SyntaxError::InvalidEscape,
        SyntaxError::InvalidNumber,
        SyntaxError::NumberOutOfRange,
        SyntaxError::InvalidUtf8,
        SyntaxError::ControlCharacter,
        SyntaxError::KeyMustBeString,
        SyntaxError::LoneSurrogate,
        SyntaxError::TrailingComma,
        SyntaxError::TrailingCharacters,
        SyntaxError::TooDeep,
    ];
}

/// A syntax error at a line and column, both from 1; a column counts
/// bytes (as serde_json's did), so a Chinese character is three columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// What is wrong.
    pub error: SyntaxError,
    /// The line, from 1.
    pub line: usize,
    /// The byte in that line, from 1 (0 when the text is empty).
    pub column: usize,
}
