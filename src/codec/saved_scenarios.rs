//! The named scenarios kept on this device: the list's edits, the names it gives, and the
//! text it is stored as (a JSON list of `[name, share string]`). The browser adapter only
//! reads and writes that text.

use crate::calc::period::{Date, LocalTime};
use crate::calc::Plan;

/// A named scenario saved on this device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The name the user gave.
    pub name: String,
    /// The plan as a share string.
    pub code: String,
}

/// The name a scenario saved without one gets: the village (or the word for an unnamed
/// scenario) and the year.
#[must_use]
pub fn default_name(plan: &Plan, unnamed: &str) -> String {
    let village = if plan.village.is_empty() {
        unnamed
    } else {
        plan.village.as_str()
    };
    format!("{village} {}", plan.period.year)
}

/// The name typed (trimmed), or the default name when nothing was typed.
#[must_use]
pub fn name_or_default(typed: &str, plan: &Plan, unnamed: &str) -> String {
    let typed = typed.trim();
    if typed.is_empty() {
        default_name(plan, unnamed)
    } else {
        typed.to_string()
    }
}

/// The name of the work a link replaced: its first words, then the local time `at`.
#[must_use]
pub fn before_link_name(words: &str, at: LocalTime) -> String {
    let (Date { year, month, day }, h, min) = (at.date, at.hour, at.minute);
    format!("{words} {day:02}-{month:02}-{year} {h:02}.{min:02}")
}

/// Adds a scenario at the end.
pub fn add(list: &mut Vec<Saved>, name: String, code: String) {
    list.push(Saved { name, code });
}

/// Keeps work about to be replaced, unless the list already has that very plan; true when
/// it was added.
pub fn keep_unless_listed(list: &mut Vec<Saved>, name: String, code: String) -> bool {
    if list.iter().any(|s| s.code == code) {
        return false;
    }
    add(list, name, code);
    true
}

/// Renames the scenario at `i` (nothing when there is none).
pub fn rename(list: &mut [Saved], i: usize, name: String) {
    if let Some(s) = list.get_mut(i) {
        s.name = name;
    }
}

/// Puts a copy of the scenario at `i` right after it, named "… (2)".
pub fn duplicate(list: &mut Vec<Saved>, i: usize) {
    if let Some(s) = list.get(i).cloned() {
        let copy = Saved {
            name: format!("{} (2)", s.name),
            code: s.code,
        };
        list.insert(i + 1, copy);
    }
}

/// Deletes the scenario at `i` (nothing when there is none).
pub fn remove(list: &mut Vec<Saved>, i: usize) {
    if i < list.len() {
        list.remove(i);
    }
}

/// The list as stored: a JSON array of `[name, code]` pairs. Written by hand rather than
/// with serde_json so that the first download does not carry a JSON library for two strings.
#[must_use]
pub fn to_json(list: &[Saved]) -> Option<String> {
    let mut out = String::from("[");
    for (i, s) in list.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('[');
        push_string(&mut out, &s.name);
        out.push(',');
        push_string(&mut out, &s.code);
        out.push(']');
    }
    out.push(']');
    Some(out)
}

/// The list from what was stored; None when it cannot be read (it is then set aside).
/// Reads any JSON array of two-string arrays, as serde_json wrote it in earlier versions.
#[must_use]
pub fn from_json(raw: &str) -> Option<Vec<Saved>> {
    let mut r = Reader {
        chars: raw.chars().peekable(),
    };
    let mut list = Vec::new();
    r.expect('[')?;
    if !r.eat(']') {
        loop {
            r.expect('[')?;
            let name = r.string()?;
            r.expect(',')?;
            let code = r.string()?;
            r.expect(']')?;
            list.push(Saved { name, code });
            if r.eat(']') {
                break;
            }
            r.expect(',')?;
        }
    }
    r.skip_space();
    r.chars.next().is_none().then_some(list)
}

/// A JSON string literal of `s`.
fn push_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Reads the few JSON tokens the stored list uses.
struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl Reader<'_> {
    fn skip_space(&mut self) {
        while self
            .chars
            .next_if(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
            .is_some()
        {}
    }

    /// Takes `c` (after any space) when it comes next.
    fn eat(&mut self, c: char) -> bool {
        self.skip_space();
        self.chars.next_if_eq(&c).is_some()
    }

    fn expect(&mut self, c: char) -> Option<()> {
        self.eat(c).then_some(())
    }

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Option<u32> {
        let mut v = 0;
        for _ in 0..4 {
            v = v * 16 + self.chars.next()?.to_digit(16)?;
        }
        Some(v)
    }

    /// A string literal, its escapes decoded (a lone surrogate is refused).
    fn string(&mut self) -> Option<String> {
        self.expect('"')?;
        let mut out = String::new();
        loop {
            match self.chars.next()? {
                '"' => return Some(out),
                '\\' => out.push(match self.chars.next()? {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'u' => {
                        let hi = self.hex4()?;
                        let code = if (0xD800..0xDC00).contains(&hi) {
                            if (self.chars.next()?, self.chars.next()?) != ('\\', 'u') {
                                return None;
                            }
                            let lo = self.hex4()?;
                            if !(0xDC00..0xE000).contains(&lo) {
                                return None;
                            }
                            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                        } else {
                            hi
                        };
                        char::from_u32(code)?
                    }
                    _ => return None,
                }),
                c if u32::from(c) < 0x20 => return None,
                c => out.push(c),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(name: &str) -> Saved {
        Saved {
            name: name.into(),
            code: format!("code-{name}"),
        }
    }

    #[test]
    fn default_names_use_the_village_and_the_year() {
        let mut plan = Plan::for_year(2027);
        assert_eq!(name_or_default("  ", &plan, "Skenario"), "Skenario 2027");
        plan.village = "Sukamaju".into();
        assert_eq!(name_or_default("", &plan, "Skenario"), "Sukamaju 2027");
        assert_eq!(name_or_default(" Opsi A ", &plan, "Skenario"), "Opsi A");
        assert_eq!(
            before_link_name(
                "Sebelum membuka tautan / Before the link",
                LocalTime {
                    date: Date::new(2026, 3, 4),
                    hour: 9,
                    minute: 5
                }
            ),
            "Sebelum membuka tautan / Before the link 04-03-2026 09.05"
        );
    }

    #[test]
    fn list_edits_touch_only_their_place() {
        let mut list = vec![saved("A"), saved("B")];
        duplicate(&mut list, 0);
        assert_eq!(list[1].name, "A (2)");
        assert_eq!(list[1].code, list[0].code);
        rename(&mut list, 2, "C".into());
        assert_eq!(list[2].name, "C");
        remove(&mut list, 0);
        assert_eq!(list.len(), 2);
        remove(&mut list, 9);
        rename(&mut list, 9, "x".into());
        duplicate(&mut list, 9);
        assert_eq!(list.len(), 2);
        assert!(!keep_unless_listed(
            &mut list,
            "again".into(),
            "code-A".into()
        ));
        assert!(keep_unless_listed(&mut list, "new".into(), "other".into()));
        assert_eq!(list.len(), 3);
    }

    #[test]
    fn the_stored_text_round_trips_and_bad_text_is_refused() {
        let list = vec![saved("Satu \"dua\""), saved("ü")];
        let json = to_json(&list).unwrap_or_default();
        assert_eq!(from_json(&json), Some(list));
        assert_eq!(from_json("{not json"), None);
        assert_eq!(from_json("[[1, 2]]"), None);
        assert_eq!(from_json("[]"), Some(Vec::new()));
    }

    #[test]
    fn the_stored_text_reads_what_serde_json_reads() {
        for (text, ok) in [
            (
                r#" [ [ "a" , "b" ] ,["\u00fc\ud83d\ude00\n","\/"] ] "#,
                true,
            ),
            (r#"[["a","b"],]"#, false),
            (r#"[["a","b","c"]]"#, false),
            (r#"[["\ud83d","b"]]"#, false),
            (r#"[["a\u0001","b"]] x"#, false),
            ("[[\"a\u{1}\",\"b\"]]", false),
            (r#"[["a\x","b"]]"#, false),
        ] {
            let ours = from_json(text);
            let theirs: Option<Vec<(String, String)>> = serde_json::from_str(text).ok();
            assert_eq!(ours.is_some(), ok, "{text}");
            assert_eq!(
                ours.map(|l| l.into_iter().map(|s| (s.name, s.code)).collect::<Vec<_>>()),
                theirs,
                "{text}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn any_list_round_trips_and_agrees_with_serde_json(
            pairs in proptest::collection::vec((".*", ".*"), 0..5)
        ) {
            let list: Vec<Saved> = pairs
                .iter()
                .map(|(name, code)| Saved { name: name.clone(), code: code.clone() })
                .collect();
            let ours = to_json(&list).unwrap_or_default();
            let theirs: Vec<(String, String)> = serde_json::from_str(&ours).unwrap_or_default();
            proptest::prop_assert_eq!(&theirs, &pairs);
            let pretty = serde_json::to_string_pretty(&pairs).unwrap_or_default();
            proptest::prop_assert_eq!(from_json(&pretty), Some(list));
        }

        #[test]
        fn any_text_reads_as_serde_json_reads_it(text in r#"[\[\]", \\u0-9a-fA-F\t\n]{0,40}"#) {
            let ours = from_json(&text)
                .map(|l| l.into_iter().map(|s| (s.name, s.code)).collect::<Vec<_>>());
            let theirs: Option<Vec<(String, String)>> = serde_json::from_str(&text).ok();
            proptest::prop_assert_eq!(ours, theirs);
        }
    }
}
