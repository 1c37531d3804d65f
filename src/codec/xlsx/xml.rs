//! A small XML tokenizer for the parts of an `.xlsx` (workbook, sheets, shared strings,
//! styles): tags with their attributes and text, namespace prefixes dropped. It never
//! panics; broken markup ends the tokens early.

/// One piece of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token<'a> {
    /// `<name a="v">` (or `<name/>` when `empty`).
    Open {
        /// Local name, without prefix.
        name: &'a str,
        /// The raw attributes text, read with [`attr`].
        attrs: &'a str,
        /// True for a self-closing tag.
        empty: bool,
    },
    /// `</name>`.
    Close(&'a str),
    /// Character data between tags, entities decoded.
    Text(String),
}

/// The tokens of `xml`, lazily.
pub fn tokens(xml: &str) -> Tokens<'_> {
    Tokens { rest: xml }
}

/// Iterator over the tokens of a document.
pub struct Tokens<'a> {
    rest: &'a str,
}

fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            if self.rest.is_empty() {
                return None;
            }
            if !self.rest.starts_with('<') {
                let end = self.rest.find('<').unwrap_or(self.rest.len());
                let (text, rest) = self.rest.split_at(end);
                self.rest = rest;
                return Some(Token::Text(unescape(text)));
            }
            if let Some(r) = self.rest.strip_prefix("<![CDATA[") {
                let end = r.find("]]>")?;
                let text = r.get(..end)?.to_string();
                self.rest = r.get(end + 3..)?;
                return Some(Token::Text(text));
            }
            let mut skipped = false;
            for (open, close) in [("<?", "?>"), ("<!--", "-->"), ("<!", ">")] {
                if let Some(r) = self.rest.strip_prefix(open) {
                    let end = r.find(close)?;
                    self.rest = r.get(end + close.len()..)?;
                    skipped = true;
                    break;
                }
            }
            if skipped {
                continue;
            }
            let end = tag_end(self.rest)?;
            let tag = self.rest.get(1..end)?;
            self.rest = self.rest.get(end + 1..)?;
            if let Some(name) = tag.strip_prefix('/') {
                return Some(Token::Close(local(name.trim())));
            }
            let (tag, empty) = match tag.strip_suffix('/') {
                Some(t) => (t, true),
                None => (tag, false),
            };
            let split = tag
                .find(|c: char| c.is_ascii_whitespace())
                .unwrap_or(tag.len());
            let (name, attrs) = tag.split_at(split);
            return Some(Token::Open {
                name: local(name),
                attrs,
                empty,
            });
        }
    }
}

/// The `>` ending the tag that starts `s`, outside quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// The value of the attribute `name` (local name, prefix ignored), entities decoded.
pub fn attr(attrs: &str, name: &str) -> Option<String> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start();
        let eq = rest.find('=')?;
        let key = rest.get(..eq)?.trim();
        let after = rest.get(eq + 1..)?.trim_start();
        let q = after.chars().next()?;
        if q != '"' && q != '\'' {
            return None;
        }
        let body = after.get(1..)?;
        let close = body.find(q)?;
        if local(key) == name {
            return Some(unescape(body.get(..close)?));
        }
        rest = body.get(close + 1..)?;
    }
}

/// Decodes the five named entities and numeric character references; unknown ones stay.
pub fn unescape(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or_default());
        let after = rest.get(i + 1..).unwrap_or_default();
        let semi = after.find(';').filter(|&s| s <= 10);
        let decoded = semi.and_then(|s| {
            let name = after.get(..s)?;
            let c = match name {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, s))
        });
        match decoded {
            Some((c, s)) => {
                out.push(c);
                rest = after.get(s + 1..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Escapes text for an element or a double-quoted attribute; drops characters XML 1.0 forbids.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if u32::from(c) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_attributes_and_text() {
        let xml = r#"<?xml version="1.0"?><!-- c --><x:a b="1 &amp; 2" c='>'><t>x &lt; y&#65;</t><e/></x:a>"#;
        let t: Vec<_> = tokens(xml).collect();
        assert_eq!(t.len(), 6);
        let Some(Token::Open { name, attrs, empty }) = t.first() else {
            panic!("{t:?}")
        };
        assert_eq!((*name, *empty), ("a", false));
        assert_eq!(attr(attrs, "b").as_deref(), Some("1 & 2"));
        assert_eq!(attr(attrs, "c").as_deref(), Some(">"));
        assert_eq!(t.get(2), Some(&Token::Text("x < yA".into())));
        assert!(matches!(
            t.get(4),
            Some(Token::Open {
                name: "e",
                empty: true,
                ..
            })
        ));
        assert_eq!(t.get(5), Some(&Token::Close("a")));
    }

    #[test]
    fn escape_round_trips() {
        let s = "a<b>&\"c\u{1}";
        assert_eq!(unescape(&escape(s)), "a<b>&\"c");
    }
}
