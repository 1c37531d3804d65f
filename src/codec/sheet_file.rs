//! The printed sheet as one HTML file to share from a phone ("Bagikan lembar"): the sheet as
//! drawn for printing, with the page's print styles inside, so whoever receives it opens it in
//! any browser and prints it, or saves it as PDF, on the same paper as the sender would.

/// One styled rule of the page, as the browser gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StyleRule {
    /// A rule that applies everywhere (`.x { … }`, `@page a4 { … }`).
    Plain(String),
    /// The rules inside `@media <media> { … }`.
    Media {
        /// The media query text (`print`, `(min-width: 960px)`).
        media: String,
        /// Its rules.
        rules: Vec<String>,
    },
}

/// The style sheet of the file: the page's rules, with the print-only rules applying on
/// screen too (the receiver sees the sheet as it prints, not the page around it).
#[must_use]
pub fn sheet_styles(rules: &[StyleRule]) -> String {
    let mut out = String::new();
    for rule in rules {
        match rule {
            StyleRule::Plain(text) => push_line(&mut out, text),
            StyleRule::Media { media, rules } if media.trim().eq_ignore_ascii_case("print") => {
                for text in rules {
                    push_line(&mut out, text);
                }
            }
            StyleRule::Media { media, rules } => {
                out.push_str("@media ");
                out.push_str(media);
                out.push_str(" {\n");
                for text in rules {
                    push_line(&mut out, text);
                }
                out.push_str("}\n");
            }
        }
    }
    out
}

fn push_line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

/// The whole file: `sheet_html` (the sheet's element as the page drew it) in a document of
/// language `lang_code` with `title` and `styles` (from [`sheet_styles`]).
#[must_use]
pub fn sheet_document(lang_code: &str, title: &str, styles: &str, sheet_html: &str) -> String {
    // A `</style` inside the styles would end the element early; CSS reads `<\/` the same.
    let styles = styles.replace("</", "<\\/");
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{styles}{SCREEN}</style>\n</head>\n\
         <body class=\"sheet-file\">\n{sheet_html}\n</body>\n</html>\n",
        escape(lang_code),
        escape(title),
    )
}

/// On screen, the sheet on a page-wide column with a margin (the page's own layout is absent).
const SCREEN: &str = "@media screen { body.sheet-file { max-width: 230mm; margin: 0 auto; \
                      padding: 8px; } }\n";

/// Text for HTML: `&`, `<`, `>` and `"` as entities.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Vec<StyleRule> {
        vec![
            StyleRule::Plain(".print-only { display: none; }".into()),
            StyleRule::Media {
                media: "print".into(),
                rules: vec![
                    ".print-only { display: block; }".into(),
                    "@page { size: A4; }".into(),
                ],
            },
            StyleRule::Media {
                media: "(min-width: 960px)".into(),
                rules: vec![".layout { display: grid; }".into()],
            },
        ]
    }

    #[test]
    fn print_rules_apply_on_screen_after_the_rules_they_override() {
        let css = sheet_styles(&rules());
        let hidden = css.find("display: none").unwrap_or(usize::MAX);
        let shown = css.find("display: block").unwrap_or(0);
        assert!(hidden < shown, "{css}");
        assert!(!css.contains("@media print"), "{css}");
        assert!(css.contains("@page { size: A4; }"));
        assert!(css.contains("@media (min-width: 960px) {\n.layout { display: grid; }\n}"));
    }

    #[test]
    fn the_document_holds_the_sheet_and_cannot_be_broken_by_its_title_or_styles() {
        let doc = sheet_document(
            "id",
            "Lembar <Desa> \"Suka Maju\"",
            "a::after { content: \"</style><script>\"; }\n",
            "<article class=\"sheet\">Rp2.426.640</article>",
        );
        assert!(doc.starts_with("<!DOCTYPE html>\n<html lang=\"id\">"));
        assert!(doc.contains("<title>Lembar &lt;Desa&gt; &quot;Suka Maju&quot;</title>"));
        assert_eq!(doc.matches("</style>").count(), 1, "{doc}");
        assert!(doc.contains("<\\/style><script>"));
        assert!(doc.contains(
            "<body class=\"sheet-file\">\n<article class=\"sheet\">Rp2.426.640</article>"
        ));
    }
}
