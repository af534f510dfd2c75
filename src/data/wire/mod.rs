//! The outcome of checking a data file, as bytes: how the checker hands a
//! page's own data to the reader, and how the built-in dataset ships inside
//! the reader. The reader links only the decoder, so it carries no JSON
//! parser, no validation and no problem messages.
//!
//! # Format (version 1)
//!
//! A header of [`HEADER_LEN`] bytes: the magic `TXW`, the version byte (1),
//! and the FNV-1a 64 hash of the JSON text the data was read from, 8 bytes
//! little-endian ([`source_hash`]; the build compares it with the data
//! file's, so a stale wire file cannot ship). Then, with no field names:
//!
//! - the dataset, as an option;
//! - the problems, as a list of: severity (0 error, 1 warning), the
//!   number of errors it stands for, and its message in each language.
//!
//! The encodings, each read back strictly (anything else is an error):
//!
//! - unsigned integer: LEB128 varint, at most 32 bits;
//! - year (`i32`): zig-zag, then varint;
//! - `f64`: 8 bytes little-endian, finite;
//! - enum: one tag byte, in the order of the variants' declaration
//!   (`Lang` in `Lang::ALL` order; `UiText` is a varint index into
//!   `UiText::ALL`);
//! - option: byte 0 (none) or 1 (some, then the value);
//! - string: varint length in bytes, then UTF-8;
//! - list: varint count, then the items;
//! - `Localized`: its three strings in `Lang::ALL` order;
//! - `DatePoint`: tag (0 year, 1 quarter, 2 month, 3 day), year, then the
//!   quarter, month, or month and day as one byte each;
//! - `PartialDate`: tag (0 point, 1 range), then one or two points.
//!
//! Structs are their fields in declaration order (see `model.rs`); indices
//! (`category`, `milestones`, `indicators`) are varints. Nothing may follow
//! the problems.

mod delivered;
mod read;
mod write;

pub use delivered::{Delivered, Reported};
pub use read::decode;
pub use write::encode;

/// The first bytes of every wire file.
pub const MAGIC: [u8; 3] = *b"TXW";

/// The format's version, after the magic.
pub const VERSION: u8 = 1;

/// Bytes before the data: magic, version, and the source's hash.
pub const HEADER_LEN: usize = 12;

/// Why bytes could not be decoded: where decoding stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WireError {
    /// Offset of the byte (or of the item) that could not be read.
    pub at: usize,
}

/// The FNV-1a 64 hash of the JSON text, as written in the header. Kept
/// this short so build.rs can carry a copy of it.
pub fn source_hash(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The source hash in a wire file's header, if it has a header of this
/// version.
pub fn header_hash(wire: &[u8]) -> Option<u64> {
    match wire.get(..HEADER_LEN)? {
        [a, b, c, VERSION, hash @ ..] if [*a, *b, *c] == MAGIC => {
            hash.try_into().ok().map(u64::from_le_bytes)
        }
        _ => None,
    }
}
