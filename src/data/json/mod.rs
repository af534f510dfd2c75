//! Our own JSON reader, for the data files. The reader's Wasm used
//! serde_json only to turn a file into a value the validator walks; that
//! cost every reader about 20 KB of parser, map and float-reading code.
//! This reads the same files into the same values (a property test holds
//! it to serde_json), with its syntax errors as a language-neutral enum
//! the problems render in the reader's language.

mod error;
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
mod from_serde;
mod number;
mod object;
mod parse;
mod value;

pub use error::{ParseError, SyntaxError};
pub use number::Number;
pub use object::Object;
pub use parse::{parse, MAX_DEPTH};
pub use value::Value;
