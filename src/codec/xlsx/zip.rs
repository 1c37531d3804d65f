//! The zip container of an `.xlsx`: reading entries (stored or deflated) and writing them
//! stored. Writing uncompressed keeps the deflate compressor out of the wasm; every
//! spreadsheet program opens stored entries.

/// Most bytes one entry may inflate to: a sheet of 100 000 villages stays far below, a zip
/// bomb does not.
pub const MAX_ENTRY_BYTES: usize = 64 * 1024 * 1024;

const LOCAL: u32 = 0x0403_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const END: u32 = 0x0605_4b50;

/// Why a zip could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// No end-of-central-directory record, or a record pointing outside the file.
    NotZip,
    /// An entry compressed with a method other than stored or deflate, or broken.
    BadEntry,
    /// An entry larger than [`MAX_ENTRY_BYTES`].
    TooLarge,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([*s.first()?, *s.get(1)?]))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    let mut a = [0u8; 4];
    a.copy_from_slice(s);
    Some(u32::from_le_bytes(a))
}

fn to_usize(n: u32) -> Option<usize> {
    usize::try_from(n).ok()
}

/// One entry named in the central directory.
#[derive(Clone, Debug)]
struct Entry {
    name: String,
    method: u16,
    compressed: usize,
    size: usize,
    offset: usize,
}

/// A zip archive read from memory.
#[derive(Debug)]
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

impl<'a> Archive<'a> {
    /// Reads the central directory; never panics.
    pub fn open(bytes: &'a [u8]) -> Result<Self, ZipError> {
        let end = find_end(bytes).ok_or(ZipError::NotZip)?;
        let count = u16_at(bytes, end + 10).ok_or(ZipError::NotZip)?;
        let mut at = u32_at(bytes, end + 16)
            .and_then(to_usize)
            .ok_or(ZipError::NotZip)?;
        let mut entries = Vec::new();
        for _ in 0..count {
            if u32_at(bytes, at) != Some(CENTRAL) {
                return Err(ZipError::NotZip);
            }
            let field = |off: usize| u32_at(bytes, at + off).and_then(to_usize);
            let method = u16_at(bytes, at + 10).ok_or(ZipError::NotZip)?;
            let compressed = field(20).ok_or(ZipError::NotZip)?;
            let size = field(24).ok_or(ZipError::NotZip)?;
            let name_len = usize::from(u16_at(bytes, at + 28).ok_or(ZipError::NotZip)?);
            let extra_len = usize::from(u16_at(bytes, at + 30).ok_or(ZipError::NotZip)?);
            let comment_len = usize::from(u16_at(bytes, at + 32).ok_or(ZipError::NotZip)?);
            let offset = field(42).ok_or(ZipError::NotZip)?;
            let name = bytes
                .get(at + 46..at + 46 + name_len)
                .ok_or(ZipError::NotZip)?;
            entries.push(Entry {
                name: String::from_utf8_lossy(name).into_owned(),
                method,
                compressed,
                size,
                offset,
            });
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(Archive { bytes, entries })
    }

    /// The names of the entries, in directory order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.name.as_str())
    }

    /// The bytes of the entry named `name` (case-insensitive, as Excel treats part names),
    /// or None when there is none.
    pub fn read(&self, name: &str) -> Option<Result<Vec<u8>, ZipError>> {
        let name = name.trim_start_matches('/');
        let entry = self
            .entries
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(name))?;
        Some(self.inflate(entry))
    }

    fn inflate(&self, e: &Entry) -> Result<Vec<u8>, ZipError> {
        if e.size > MAX_ENTRY_BYTES {
            return Err(ZipError::TooLarge);
        }
        let b = self.bytes;
        let at = e.offset;
        if u32_at(b, at) != Some(LOCAL) {
            return Err(ZipError::BadEntry);
        }
        let name_len = usize::from(u16_at(b, at.saturating_add(26)).ok_or(ZipError::BadEntry)?);
        let extra_len = usize::from(u16_at(b, at.saturating_add(28)).ok_or(ZipError::BadEntry)?);
        let start = at.saturating_add(30 + name_len + extra_len);
        let data = start
            .checked_add(e.compressed)
            .and_then(|stop| b.get(start..stop))
            .ok_or(ZipError::BadEntry)?;
        match e.method {
            0 => Ok(data.to_vec()),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_ENTRY_BYTES).map_err(
                |err| match err.status {
                    miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ZipError::TooLarge,
                    _ => ZipError::BadEntry,
                },
            ),
            _ => Err(ZipError::BadEntry),
        }
    }
}

/// The end-of-central-directory record, searched from the end past a comment of at most
/// 65 535 bytes.
fn find_end(bytes: &[u8]) -> Option<usize> {
    let last = bytes.len().checked_sub(22)?;
    let first = last.saturating_sub(65_535);
    (first..=last)
        .rev()
        .find(|&at| u32_at(bytes, at) == Some(END))
}

/// The CRC-32 (IEEE) zip stores for each entry.
#[must_use]
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        let i = usize::from((crc as u8) ^ b);
        crc = (crc >> 8) ^ CRC_TABLE.get(i).copied().unwrap_or(0);
    }
    !crc
}

const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// Writes entries stored (uncompressed) into a zip archive.
#[derive(Default)]
pub struct Writer {
    out: Vec<u8>,
    central: Vec<u8>,
    count: u16,
}

impl Writer {
    /// Adds one entry.
    pub fn add(&mut self, name: &str, data: &[u8]) {
        let crc = crc32(data);
        // Sizes above 4 GB would need zip64; a workbook from this page is far below.
        let size = u32::try_from(data.len()).unwrap_or(u32::MAX);
        let offset = u32::try_from(self.out.len()).unwrap_or(u32::MAX);
        let name_len = u16::try_from(name.len()).unwrap_or(u16::MAX);
        let name = name
            .as_bytes()
            .get(..usize::from(name_len))
            .unwrap_or_default();
        // version 20, flags bit 11 (UTF-8 names), method 0, time 0:00, date 1980-01-01.
        let common = |v: &mut Vec<u8>| {
            v.extend_from_slice(&20u16.to_le_bytes());
            v.extend_from_slice(&0x0800u16.to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes());
            v.extend_from_slice(&0x0021u16.to_le_bytes());
            v.extend_from_slice(&crc.to_le_bytes());
            v.extend_from_slice(&size.to_le_bytes());
            v.extend_from_slice(&size.to_le_bytes());
            v.extend_from_slice(&name_len.to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes());
        };
        self.out.extend_from_slice(&LOCAL.to_le_bytes());
        common(&mut self.out);
        self.out.extend_from_slice(name);
        self.out.extend_from_slice(data);
        let c = &mut self.central;
        c.extend_from_slice(&CENTRAL.to_le_bytes());
        c.extend_from_slice(&20u16.to_le_bytes());
        common(c);
        // comment length, disk, internal and external attributes
        c.extend_from_slice(&[0u8; 10]);
        c.extend_from_slice(&offset.to_le_bytes());
        c.extend_from_slice(name);
        self.count = self.count.saturating_add(1);
    }

    /// The finished archive.
    #[must_use]
    pub fn finish(mut self) -> Vec<u8> {
        let start = u32::try_from(self.out.len()).unwrap_or(u32::MAX);
        let size = u32::try_from(self.central.len()).unwrap_or(u32::MAX);
        self.out.append(&mut self.central);
        self.out.extend_from_slice(&END.to_le_bytes());
        self.out.extend_from_slice(&[0u8; 4]);
        self.out.extend_from_slice(&self.count.to_le_bytes());
        self.out.extend_from_slice(&self.count.to_le_bytes());
        self.out.extend_from_slice(&size.to_le_bytes());
        self.out.extend_from_slice(&start.to_le_bytes());
        self.out.extend_from_slice(&0u16.to_le_bytes());
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_of_the_standard_check_string() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn written_entries_read_back() {
        let mut w = Writer::default();
        w.add("a.txt", b"hello");
        w.add("dir/b.xml", b"<x/>");
        let bytes = w.finish();
        let a = Archive::open(&bytes).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(a.names().collect::<Vec<_>>(), ["a.txt", "dir/b.xml"]);
        assert_eq!(
            a.read("DIR/B.xml").and_then(Result::ok),
            Some(b"<x/>".to_vec())
        );
        assert!(a.read("c").is_none());
    }
}
