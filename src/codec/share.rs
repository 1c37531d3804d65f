//! Scenario links (issue 5): a whole plan packed into the `#fragment` of a URL, short
//! enough to paste in WhatsApp, and read back with every check of [`Plan::check`].
//!
//! **No personal data.** A link carries counts, amounts and choices only: the village
//! name (a place), category names and account codes. [`Plan`] has no field for a
//! person, so names of people, NIK or BPJS membership numbers cannot be encoded.
//!
//! **Alphabet.** Only the URL "unreserved" characters `A–Z a–z 0–9 - . _ ~`, so the
//! text needs no percent-encoding in any URL part and no messenger rewrites it.
//!
//! **Layout, version 1** (`v1`): records separated by `_`, fields inside a record by `-`,
//! each field a one-letter tag and its value; then `.` and a two-character check.
//! - Header record: `v1`, then only the fields that differ from the v1 defaults:
//!   `n` village name, `y` year (2026), `f` first month (1), `m` months (12),
//!   `a` ADD, `b` total belanja, `k` bengkok, `s` siltap (absent: not entered),
//!   `d` death rate per 1,000 (3.6), `j` PP 50/2025 adjustment on, `i` the year the
//!   workers were first insured (absent: not given); since December 2026, the village
//!   picked from Kemendagri's registry (issue 22): `p` its code (`15.08.02.2003`, dots as
//!   they are), `l` the desa's name (only when the village is not named so), `c` kecamatan,
//!   `t` kabupaten/kota, `r` province. An app from before reads such a link as malformed.
//! - One record per category: a kind letter (`a` kades, `b` sekdes, `c` perangkat,
//!   `d` BPD, `e` RT/RW, `f` kader, `g` rentan, `h` lainnya, and since December 2026
//!   `i` staf desa, `j` pekerja keagamaan) and the insured count
//!   (omitted when 0), then the fields that differ from `Category::new(kind, count)`:
//!   `n` name, `p` population, `s` scheme (`u` PU, `b` BPU), `w` base, `h` JHT,
//!   `j` JP, `r` risk class 1–5, `f` funding 0–5 (order of `FundingSource::ALL`),
//!   `t` transport sector, `c` account code, `o` the oldest member's age (absent: not
//!   given). A switch is its bare tag when on, `…0` when off.
//! - Numbers in base 10; amounts with at most 2 decimals (sen), the death rate with at
//!   most 4, a `.` as decimal point. [`encode`] rounds finer values half up.
//! - Text: letters and digits as they are, `~XX` for any other UTF-8 byte (hex); in
//!   names a space is written `.` (account codes keep `.` as a dot and escape spaces).
//! - Check: FNV-1a (32 bit) of everything before the final `.`, modulo 36², in two base-36
//!   digits. A cut or altered link is refused instead of opening a different plan
//!   (a random change passes with odds of 1 in 1,296).
//!
//! Example: the default plan is `v1_a1_b1_c8_d_e_f_g.` plus two check characters.
//! The v1 defaults are frozen here (header) and pinned by a test (categories): changing a
//! default in `Category::new` needs a new version so that old links keep their meaning.
//!
//! **Version 0** (an earlier, simpler layout still read): same records without the check,
//! only the tags `y a d` in the header and `s w r f x` in categories, where `x1` meant
//! "with JHT" and `x2` "with JHT and JP". It had no period, names, population, sector,
//! other budget figures, account codes or PP 50/2025 switch: those open with v1 defaults.

use crate::calc::budget::BudgetInputs;
use crate::calc::category::{Category, CategoryKind, FundingSource, Scheme};
use crate::calc::money::Rupiah;
use crate::calc::period::BudgetPeriod;
use crate::calc::place::Place;
use crate::calc::plan::{Plan, PlanError, MAX_CATEGORIES};
use crate::calc::rates::{RiskClass, Sector};
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

/// Longest text [`decode`] reads, in bytes; longer input is refused before parsing.
/// Above the longest link any valid plan encodes to (30 categories whose 80-character
/// names and 30-character codes are all 4-byte characters, each byte written `~XX`:
/// about 43 KB), so every plan the app accepts gives a link the app opens; a test
/// builds that plan.
pub const MAX_LINK_BYTES: usize = 65_536;

/// Why a link could not be opened; the UI words each per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Nothing to read.
    Empty,
    /// Longer than [`MAX_LINK_BYTES`].
    TooLong,
    /// Starts with a version this build does not know (a newer app made it).
    UnknownVersion,
    /// The check characters at the end are missing: the link was cut short.
    Truncated,
    /// The check does not match: the link was cut or changed.
    Damaged,
    /// A field cannot be read.
    Malformed {
        /// Byte offset of the field, counted after spaces and a leading `#` are removed.
        at: usize,
    },
    /// The plan read is outside the limits of the calculator.
    OutOfRange(PlanError),
}

/// The plan as link text (without `#`); expects a plan that passes [`Plan::check`].
#[must_use]
pub fn encode(plan: &Plan) -> String {
    let base = v1_defaults();
    let mut out = String::from("v1");
    if !plan.village.is_empty() {
        tag(&mut out, 'n');
        push_text(&mut out, &plan.village, true);
    }
    let p = &plan.period;
    for (t, value, default) in [
        ('y', i64::from(p.year), i64::from(base.period.year)),
        ('f', p.first_month.into(), base.period.first_month.into()),
        ('m', p.months.into(), base.period.months.into()),
    ] {
        if value != default {
            tag(&mut out, t);
            out.push_str(&value.to_string());
        }
    }
    let b = &plan.budget;
    for (t, amount) in [
        ('a', b.alokasi_dana_desa),
        ('b', b.belanja),
        ('k', b.bengkok),
        ('s', b.siltap),
    ] {
        if let Some(amount) = amount {
            tag(&mut out, t);
            push_decimal(&mut out, amount.amount(), 2);
        }
    }
    if plan.death_rate_per_mille != base.death_rate_per_mille {
        tag(&mut out, 'd');
        push_decimal(&mut out, plan.death_rate_per_mille, 4);
    }
    switch(&mut out, 'j', plan.apply_adjustment, false);
    if let Some(year) = plan.insured_since {
        tag(&mut out, 'i');
        out.push_str(&year.to_string());
    }
    if let Some(place) = &plan.place {
        // The desa's name only when the village is not named so: most links carry it once.
        let desa = if place.desa == plan.village {
            ""
        } else {
            &place.desa
        };
        for (t, text, dot_is_space) in [
            ('p', place.code.as_str(), false),
            ('l', desa, true),
            ('c', &place.kecamatan, true),
            ('t', &place.kabupaten, true),
            ('r', &place.provinsi, true),
        ] {
            if !text.is_empty() {
                tag(&mut out, t);
                push_text(&mut out, text, dot_is_space);
            }
        }
    }
    for c in &plan.categories {
        encode_category(&mut out, c);
    }
    let check = checksum(&out);
    out.push('.');
    out.extend(check);
    out
}

fn encode_category(out: &mut String, c: &Category) {
    let d = Category::new(c.kind, c.insured);
    out.push('_');
    out.push(char::from(
        b'a'.saturating_add(u8::try_from(c.kind.index()).unwrap_or(7)),
    ));
    if c.insured != 0 {
        out.push_str(&c.insured.to_string());
    }
    if c.name != d.name {
        tag(out, 'n');
        push_text(out, &c.name, true);
    }
    if let Some(n) = c.population {
        tag(out, 'p');
        out.push_str(&n.to_string());
    }
    if c.scheme != d.scheme {
        tag(out, 's');
        out.push(if c.scheme == Scheme::Pu { 'u' } else { 'b' });
    }
    if c.base != d.base {
        tag(out, 'w');
        push_decimal(out, c.base.amount(), 2);
    }
    switch(out, 'h', c.jht, d.jht);
    switch(out, 'j', c.jp, d.jp);
    if c.risk_class != d.risk_class {
        tag(out, 'r');
        out.push_str(&(c.risk_class.index() + 1).to_string());
    }
    if c.funding != d.funding {
        tag(out, 'f');
        out.push_str(&c.funding.index().to_string());
    }
    switch(
        out,
        't',
        c.sector == Sector::Transport,
        d.sector == Sector::Transport,
    );
    if c.account_code != d.account_code {
        tag(out, 'c');
        push_text(out, &c.account_code, false);
    }
    if let Some(age) = c.oldest_age {
        tag(out, 'o');
        out.push_str(&age.to_string());
    }
}

fn tag(out: &mut String, t: char) {
    out.push('-');
    out.push(t);
}

fn switch(out: &mut String, t: char, on: bool, default: bool) {
    if on != default {
        tag(out, t);
        if !on {
            out.push('0');
        }
    }
}

fn push_decimal(out: &mut String, value: Decimal, dp: u32) {
    let value = value
        .round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    out.push_str(&value.to_string());
}

fn push_text(out: &mut String, text: &str, dot_is_space: bool) {
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || (b == b'.' && !dot_is_space) {
            out.push(char::from(b));
        } else if b == b' ' && dot_is_space {
            out.push('.');
        } else {
            out.push('~');
            for nibble in [b >> 4, b & 15] {
                out.extend(char::from_digit(nibble.into(), 16).map(|c| c.to_ascii_uppercase()));
            }
        }
    }
}

/// FNV-1a of `body`, reduced to two base-36 digits.
fn checksum(body: &str) -> [char; 2] {
    let h = body.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    }) % 1296;
    [h / 36, h % 36].map(|d| char::from_digit(d, 36).unwrap_or('0'))
}

/// The v1 defaults of the header: frozen, whatever `Plan::default` becomes.
fn v1_defaults() -> Plan {
    Plan {
        village: String::new(),
        period: BudgetPeriod::full_year(2026),
        budget: BudgetInputs::default(),
        death_rate_per_mille: dec!(3.6),
        apply_adjustment: false,
        categories: Vec::new(),
        insured_since: None,
        place: None,
    }
}

/// Reads a link (with or without its leading `#`); the plan passes [`Plan::check`].
pub fn decode(text: &str) -> Result<Plan, DecodeError> {
    if text.len() > MAX_LINK_BYTES {
        return Err(DecodeError::TooLong);
    }
    let text = text.trim();
    let text = text.strip_prefix('#').unwrap_or(text);
    if text.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some(at) = text.bytes().position(|b| !b.is_ascii_graphic()) {
        return Err(DecodeError::Malformed { at });
    }
    let end = text.find(['-', '_', '.']).unwrap_or(text.len());
    let version = text.get(..end).unwrap_or_default();
    let plan = match version {
        "v1" => {
            let cut = text.len().checked_sub(3).ok_or(DecodeError::Truncated)?;
            let (body, check) = text.split_at_checked(cut).ok_or(DecodeError::Truncated)?;
            let check = check.strip_prefix('.').ok_or(DecodeError::Truncated)?;
            if !check.chars().eq(checksum(body)) {
                return Err(DecodeError::Damaged);
            }
            parse(body, false)?
        }
        "v0" => parse(text, true)?,
        _ if version.len() > 1
            && version.starts_with('v')
            && version.bytes().skip(1).all(|b| b.is_ascii_digit()) =>
        {
            return Err(DecodeError::UnknownVersion)
        }
        _ => return Err(DecodeError::Malformed { at: 0 }),
    };
    plan.check().map_err(DecodeError::OutOfRange)?;
    Ok(plan)
}

/// Parses the records of a v1 body (or a v0 link with `v0` set).
fn parse(body: &str, v0: bool) -> Result<Plan, DecodeError> {
    let mut plan = v1_defaults();
    let mut at = 0;
    for (i, record) in body.split('_').enumerate() {
        let mut fields = record.split('-');
        let head = fields.next().unwrap_or_default();
        let mut category = if i == 0 {
            None
        } else {
            if plan.categories.len() >= MAX_CATEGORIES {
                return Err(DecodeError::OutOfRange(PlanError::TooManyCategories));
            }
            Some(category_head(head).ok_or(DecodeError::Malformed { at })?)
        };
        at += head.len() + 1;
        for field in fields {
            let mut chars = field.chars();
            let t = chars.next().unwrap_or('-');
            let value = chars.as_str();
            let ok = match &mut category {
                None => header_field(&mut plan, t, value, v0),
                Some(c) => category_field(c, t, value, v0),
            };
            ok.ok_or(DecodeError::Malformed { at })?;
            at += field.len() + 1;
        }
        plan.categories.extend(category);
    }
    if let Some(place) = plan.place.as_mut().filter(|p| p.desa.is_empty()) {
        place.desa.clone_from(&plan.village);
    }
    Ok(plan)
}

fn category_head(head: &str) -> Option<Category> {
    let (letter, count) = head.split_at_checked(1)?;
    let index = usize::from(letter.bytes().next()?.checked_sub(b'a')?);
    let kind = CategoryKind::from_index(index)?;
    let insured = if count.is_empty() { 0 } else { number(count)? };
    Some(Category::new(kind, insured))
}

fn header_field(plan: &mut Plan, t: char, value: &str, v0: bool) -> Option<()> {
    let b = &mut plan.budget;
    match t {
        'y' => plan.period.year = i32::try_from(number(value)?).ok()?,
        'a' => b.alokasi_dana_desa = Some(amount(value)?),
        'd' => plan.death_rate_per_mille = plain_decimal(value, 4)?,
        _ if v0 => return None,
        'n' => plan.village = text(value, true)?,
        'f' => plan.period.first_month = u8::try_from(number(value)?).ok()?,
        'm' => plan.period.months = u8::try_from(number(value)?).ok()?,
        'b' => b.belanja = Some(amount(value)?),
        'k' => b.bengkok = Some(amount(value)?),
        's' => b.siltap = Some(amount(value)?),
        'j' => plan.apply_adjustment = flag(value)?,
        'i' => plan.insured_since = Some(i32::try_from(number(value)?).ok()?),
        'p' | 'l' | 'c' | 't' | 'r' => {
            let place = plan.place.get_or_insert_with(Place::default);
            let field = match t {
                'p' => &mut place.code,
                'l' => &mut place.desa,
                'c' => &mut place.kecamatan,
                't' => &mut place.kabupaten,
                _ => &mut place.provinsi,
            };
            *field = text(value, t != 'p')?;
        }
        _ => return None,
    }
    Some(())
}

fn category_field(c: &mut Category, t: char, value: &str, v0: bool) -> Option<()> {
    match t {
        's' => {
            c.scheme = match value {
                "u" => Scheme::Pu,
                "b" => Scheme::Bpu,
                _ => return None,
            }
        }
        'w' => c.base = amount(value)?,
        'r' => c.risk_class = RiskClass::from_index(number(value)?.checked_sub(1)? as usize)?,
        'f' => c.funding = FundingSource::from_index(number(value)? as usize)?,
        'x' if v0 => {
            let programs = number(value)?;
            if programs > 2 {
                return None;
            }
            c.jht = programs >= 1;
            c.jp = programs == 2;
        }
        _ if v0 => return None,
        'n' => c.name = text(value, true)?,
        'p' => c.population = Some(number(value)?),
        'h' => c.jht = flag(value)?,
        'j' => c.jp = flag(value)?,
        't' => {
            c.sector = if flag(value)? {
                Sector::Transport
            } else {
                Sector::Other
            }
        }
        'c' => c.account_code = text(value, false)?,
        'o' => c.oldest_age = Some(u8::try_from(number(value)?).ok()?),
        _ => return None,
    }
    Some(())
}

/// A whole number of at most 9 digits.
fn number(value: &str) -> Option<u32> {
    if value.is_empty() || value.len() > 9 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok()
}

fn amount(value: &str) -> Option<Rupiah> {
    plain_decimal(value, 2).map(Rupiah::from_decimal)
}

fn flag(value: &str) -> Option<bool> {
    match value {
        "" | "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

fn text(value: &str, dot_is_space: bool) -> Option<String> {
    let mut bytes = Vec::with_capacity(value.len());
    let mut it = value.bytes();
    while let Some(b) = it.next() {
        bytes.push(match b {
            b'~' => {
                let hi = char::from(it.next()?).to_digit(16)?;
                let lo = char::from(it.next()?).to_digit(16)?;
                u8::try_from(hi * 16 + lo).ok()?
            }
            b'.' if dot_is_space => b' ',
            b'.' => b'.',
            b if b.is_ascii_alphanumeric() => b,
            _ => return None,
        });
    }
    String::from_utf8(bytes).ok()
}

/// `123` or `123.45`: digits, an optional point, at most `max_dp` significant decimals
/// and at most 13 whole digits (trailing zeros of the fraction and leading zeros are free).
pub(crate) fn plain_decimal(text: &str, max_dp: usize) -> Option<Decimal> {
    let (int, frac) = match text.split_once('.') {
        Some((_, "")) => return None,
        Some(parts) => parts,
        None => (text, ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let int_sig = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    if int.is_empty()
        || !digits(int)
        || !digits(frac)
        || int_sig.len() > 13
        || frac.len() > max_dp.min(5)
    {
        return None;
    }
    let mantissa = int_sig
        .bytes()
        .chain(frac.bytes())
        .fold(0_i64, |m, b| m * 10 + i64::from(b - b'0'));
    Decimal::try_new(mantissa, u32::try_from(frac.len()).ok()?).ok()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::calc::budget::BudgetFigure;
    use crate::calc::category::CategoryId;
    use crate::calc::plan::{Action, CategoryEdit, MAX_AGE, MAX_CODE_CHARS, MAX_NAME_CHARS};
    use crate::calc::preset::PRESETS;
    use crate::codec::input::MAX_COUNT;
    use proptest::prelude::*;

    fn rp(n: i64) -> Rupiah {
        Rupiah::from_whole(n)
    }

    /// A realistic full plan: seven named categories and every budget figure.
    pub(crate) fn full_plan() -> Plan {
        let mut p = Plan {
            village: "Jepatlor".into(),
            budget: BudgetInputs {
                alokasi_dana_desa: Some(rp(318_397_000)),
                belanja: Some(rp(1_650_000_000)),
                bengkok: Some(rp(120_000_000)),
                siltap: Some(rp(412_500_000)),
            },
            death_rate_per_mille: dec!(2.2),
            ..Plan::default()
        };
        let names = [
            "Kepala Desa",
            "Sekretaris Desa",
            "Kaur dan Kasi",
            "Anggota BPD",
            "Ketua RT dan RW",
            "Kader Posyandu",
            "Petani dan Nelayan",
        ];
        let counts = [
            (1, 1),
            (1, 1),
            (9, 9),
            (7, 7),
            (24, 27),
            (20, 25),
            (100, 640),
        ];
        for ((c, name), (insured, all)) in p.categories.iter_mut().zip(names).zip(counts) {
            c.name = name.into();
            c.insured = insured;
            c.population = Some(all);
        }
        p.categories[0].base = rp(3_100_000);
        p.categories[0].jht = true;
        p.categories[1].jht = true;
        p.categories[6].funding = FundingSource::DanaDesa;
        p
    }

    #[test]
    fn the_longest_valid_plan_gives_a_link_that_opens() {
        // Every character a 4-byte UTF-8 character: the most `~XX` escapes a plan can hold.
        let wide = |n: usize| "\u{1F33E}".repeat(n);
        let mut p = Plan {
            village: wide(MAX_NAME_CHARS),
            insured_since: Some(2020),
            ..full_plan()
        };
        p.categories = (0..MAX_CATEGORIES)
            .map(|i| Category {
                name: wide(MAX_NAME_CHARS),
                account_code: wide(MAX_CODE_CHARS),
                population: Some(MAX_COUNT),
                base: crate::codec::input::MAX_AMOUNT,
                oldest_age: Some(MAX_AGE),
                jht: true,
                jp: true,
                risk_class: RiskClass::V,
                funding: FundingSource::ApbdProvinsi,
                sector: Sector::Transport,
                ..Category::new(CategoryKind::ALL[i % CategoryKind::ALL.len()], MAX_COUNT)
            })
            .collect();
        p.place = Some(Place {
            code: "15.08.02.2003".into(),
            desa: wide(MAX_NAME_CHARS - 1),
            kecamatan: wide(MAX_NAME_CHARS),
            kabupaten: wide(MAX_NAME_CHARS),
            provinsi: wide(MAX_NAME_CHARS),
        });
        assert_eq!(p.check(), Ok(()));
        let link = encode(&p);
        assert!(link.len() <= MAX_LINK_BYTES, "{} bytes", link.len());
        assert_eq!(decode(&link), Ok(p));
    }

    /// Rantau Pandan, Kabupaten Bungo, as `web/registry/15.08.txt` lists it.
    pub(crate) fn bungo() -> Place {
        Place {
            code: "15.08.02.2003".into(),
            desa: "Rantau Pandan".into(),
            kecamatan: "Rantau Pandan".into(),
            kabupaten: "Kabupaten Bungo".into(),
            provinsi: "Jambi".into(),
        }
    }

    #[test]
    fn a_picked_place_round_trips_and_adds_a_bounded_tail() {
        let mut p = full_plan();
        let before = encode(&p);
        p.apply(Action::SetPlace(Some(bungo())));
        let with_place = encode(&p);
        assert_eq!(decode(&with_place), Ok(p.clone()));
        // The name is written once (as the village's); the code and the names above it follow.
        assert!(
            with_place.contains("-p15.08.02.2003-cRantau.Pandan-tKabupaten.Bungo-rJambi"),
            "{with_place}"
        );
        assert!(!with_place.contains("-l"), "{with_place}");
        // A picked place adds at most the code and three names: 60 characters for Bungo.
        let added = with_place.len() - before.len();
        assert!(added <= 60, "{added}: {with_place}");
        // A village named otherwise than the registry's desa carries the desa's name too.
        p.apply(Action::SetVillage("Desa Rantau Pandan".into()));
        let renamed = encode(&p);
        assert!(renamed.contains("-lRantau.Pandan"), "{renamed}");
        assert_eq!(decode(&renamed), Ok(p));
    }

    #[test]
    fn links_from_before_places_open_exactly_as_before() {
        // Written by the encoder before places existed (full_plan, and the v1 default).
        let old = "v1-nJepatlor-a318397000-b1650000000-k120000000-s412500000-d2.2_a1-nKepala.Desa-p1-w3100000-h_b1-nSekretaris.Desa-p1-h_c9-nKaur.dan.Kasi-p9_d7-nAnggota.BPD-p7_e24-nKetua.RT.dan.RW-p27_f20-nKader.Posyandu-p25_g100-nPetani.dan.Nelayan-p640-f1.";
        let link = encode(&full_plan());
        assert_eq!(link.get(..link.len() - 2), Some(old));
        let plan = decode(&link).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(plan.place, None);
        assert_eq!(plan, full_plan());
    }

    #[test]
    fn a_bad_place_in_a_link_is_refused_not_opened() {
        let with = |tail: &str| decode(&signed(&format!("v1-nX{tail}_a1")));
        let refused = Err(DecodeError::OutOfRange(PlanError::PlaceInvalid));
        assert_eq!(with("-p15.08-cA-tB-rC"), refused);
        assert_eq!(with("-p15.08.02.2003-cA-tB"), refused);
        assert_eq!(with("-cA-tB-rC"), refused);
        let long = "a".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(with(&format!("-p15.08.02.2003-c{long}-tB-rC")), refused);
        assert_eq!(
            with("-p15.08.02.2003-c~ZZ-tB-rC"),
            Err(DecodeError::Malformed { at: 21 })
        );
        let ok = with("-p15.08.02.2003-cA-tB-rC").map(|p| p.place);
        assert_eq!(
            ok,
            Ok(Some(Place {
                code: "15.08.02.2003".into(),
                desa: "X".into(),
                kecamatan: "A".into(),
                kabupaten: "B".into(),
                provinsi: "C".into(),
            }))
        );
    }

    #[test]
    fn default_plan_is_short() {
        let link = encode(&Plan::default());
        println!("default: {link} ({} chars)", link.len());
        assert!(link.starts_with("v1_a1_b1_c8_d_e_f_g."));
        assert_eq!(link.len(), 22);
        assert_eq!(decode(&link), Ok(Plan::default()));
    }

    #[test]
    fn full_seven_category_plan_stays_under_250_characters() {
        let p = full_plan();
        let link = encode(&p);
        println!("full: {link} ({} chars)", link.len());
        assert!(link.len() < 250);
        assert_eq!(decode(&link), Ok(p));
    }

    #[test]
    fn every_preset_round_trips_and_is_short() {
        for preset in PRESETS {
            let plan = (preset.build)();
            let link = encode(&plan);
            println!("{}: {link} ({} chars)", preset.id, link.len());
            assert!(link.len() < 60, "{}", preset.id);
            assert_eq!(decode(&link), Ok(plan), "{}", preset.id);
            assert_eq!(decode(&format!("#{link}\n")), decode(&link));
        }
    }

    #[test]
    fn v1_category_defaults_are_frozen() {
        // An omitted field means the value below: if `Category::new` changes, v1 links
        // would change meaning. Bump the version instead.
        let plan = decode(&signed("v1_a_b_c_d_e_f_g_h")).unwrap_or_else(|e| panic!("{e:?}"));
        let expected = [2_426_640, 2_224_420, 2_022_200, 1, 1, 1, 1, 1];
        for (c, base) in plan.categories.iter().zip(expected) {
            let base = if base == 1 { 1_000_000 } else { base };
            assert_eq!((c.base, c.jht, c.jp), (rp(base), false, false));
            assert_eq!(c.scheme == Scheme::Pu, c.kind.is_official());
            assert_eq!(
                (c.risk_class, c.funding),
                (RiskClass::I, FundingSource::Add)
            );
            assert_eq!((c.sector, c.population), (Sector::Other, None));
        }
        assert_eq!(plan.categories[0].account_code, "5.1.3.03");
        assert_eq!(plan.categories[2].account_code, "5.1.3.04");
    }

    #[test]
    fn names_and_codes_are_escaped_safely() {
        let mut p = Plan {
            village: "Sukamaju-Ilir_2 ~ Désa.".into(),
            ..Plan::default()
        };
        p.categories[6].name = "Nelayan & petani (pesisir) ".into();
        p.categories[6].account_code = "5.4.1 .01".into();
        let link = encode(&p);
        assert!(link
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b)));
        assert!(link.contains("-c5.4.1~20.01"), "{link}");
        assert_eq!(decode(&link), Ok(p));
    }

    #[test]
    fn every_field_round_trips() {
        let mut p = Plan {
            period: BudgetPeriod {
                year: 2027,
                first_month: 8,
                months: 5,
            },
            apply_adjustment: true,
            death_rate_per_mille: dec!(4.4125),
            ..Plan::default()
        };
        let c = &mut p.categories[4];
        c.scheme = Scheme::Pu;
        c.base = Rupiah::from_decimal(dec!(2000000.05));
        c.jht = true;
        c.jp = true;
        c.risk_class = RiskClass::V;
        c.funding = FundingSource::Lainnya;
        c.sector = Sector::Transport;
        c.account_code = String::new();
        p.categories[0].account_code = String::new();
        let link = encode(&p);
        assert_eq!(decode(&link), Ok(p));
    }

    #[test]
    fn older_v0_link_opens_as_the_v1_plan() {
        // v0: no check, ADD and death rate only, `x2` = JHT and JP.
        let plan = decode("v0-y2025-a318397000_a1-x2_c8-w2100000_g100-f1");
        let mut expected = Plan::for_year(2025);
        expected.budget.alokasi_dana_desa = Some(rp(318_397_000));
        let mut kades = Category::new(CategoryKind::KepalaDesa, 1);
        kades.jht = true;
        kades.jp = true;
        let mut perangkat = Category::new(CategoryKind::PerangkatDesa, 8);
        perangkat.base = rp(2_100_000);
        let mut rentan = Category::new(CategoryKind::PekerjaRentan, 100);
        rentan.funding = FundingSource::DanaDesa;
        expected.categories = vec![kades, perangkat, rentan];
        assert_eq!(plan, Ok(expected.clone()));
        // Re-encoding gives a v1 link of the same plan.
        assert_eq!(decode(&encode(&expected)), Ok(expected));
        // v1-only fields are not part of v0.
        assert_eq!(decode("v0_g1-t"), Err(DecodeError::Malformed { at: 6 }));
        assert_eq!(decode("v0-nDesa"), Err(DecodeError::Malformed { at: 3 }));
    }

    #[test]
    fn tampered_truncated_and_foreign_links_are_refused() {
        let link = encode(&full_plan());
        for cut in 1..link.len() {
            let short = &link[..cut];
            assert!(decode(short).is_err(), "{short}");
        }
        let altered = link.replacen("_g100", "_g900", 1);
        assert_ne!(altered, link);
        assert_eq!(decode(&altered), Err(DecodeError::Damaged));
        assert_eq!(decode(""), Err(DecodeError::Empty));
        assert_eq!(decode(" # "), Err(DecodeError::Empty));
        assert_eq!(decode("v2_a1.xx"), Err(DecodeError::UnknownVersion));
        assert_eq!(decode("hello"), Err(DecodeError::Malformed { at: 0 }));
        assert_eq!(decode("v1_a1"), Err(DecodeError::Truncated));
        assert_eq!(decode("v1_a1 x"), Err(DecodeError::Malformed { at: 5 }));
        assert_eq!(
            decode(&"v".repeat(MAX_LINK_BYTES + 1)),
            Err(DecodeError::TooLong)
        );
    }

    /// A v1 link of `body` with its correct check, for tests of what the check lets in.
    fn signed(body: &str) -> String {
        let [a, b] = checksum(body);
        format!("{body}.{a}{b}")
    }

    #[test]
    fn well_signed_but_invalid_plans_are_refused() {
        let e = |body: &str| decode(&signed(body));
        assert_eq!(
            e("v1_g1000001"),
            Err(DecodeError::OutOfRange(PlanError::CountOutOfRange {
                category: 0
            }))
        );
        assert_eq!(
            e("v1-f8-m6"),
            Err(DecodeError::OutOfRange(PlanError::InvalidPeriod))
        );
        assert_eq!(
            e("v1-y2019"),
            Err(DecodeError::OutOfRange(PlanError::YearOutOfRange))
        );
        assert_eq!(
            e("v1-a1000000000000.01"),
            Err(DecodeError::OutOfRange(PlanError::AmountOutOfRange {
                category: None
            }))
        );
        assert_eq!(
            e(&format!("v1{}", "_g".repeat(MAX_CATEGORIES + 1))),
            Err(DecodeError::OutOfRange(PlanError::TooManyCategories))
        );
        let long = "a".repeat(81);
        assert_eq!(
            e(&format!("v1-n{long}")),
            Err(DecodeError::OutOfRange(PlanError::NameTooLong {
                category: None
            }))
        );
        assert_eq!(e("v1_g-w1.005"), Err(DecodeError::Malformed { at: 5 }));
        assert_eq!(e("v1-d3.60001"), Err(DecodeError::Malformed { at: 3 }));
        assert_eq!(e("v1_k"), Err(DecodeError::Malformed { at: 3 }));
        assert_eq!(e("v1_g-r6"), Err(DecodeError::Malformed { at: 5 }));
        assert_eq!(e("v1_g-n~C3"), Err(DecodeError::Malformed { at: 5 }));
        assert_eq!(e("v1_g-n~4"), Err(DecodeError::Malformed { at: 5 }));
        assert_eq!(e("v1_g-"), Err(DecodeError::Malformed { at: 5 }));
        assert_eq!(e("v1__g"), Err(DecodeError::Malformed { at: 3 }));
        assert_eq!(e("v1-y+2026"), Err(DecodeError::Malformed { at: 3 }));
    }

    #[test]
    fn plain_decimal_reads_only_plain_numbers() {
        assert_eq!(plain_decimal("2426640", 2), Some(dec!(2426640)));
        assert_eq!(plain_decimal("007.50", 1), Some(dec!(7.5)));
        assert_eq!(plain_decimal("1000000000000", 0), Some(dec!(1000000000000)));
        for bad in [
            "",
            ".5",
            "5.",
            "1e3",
            "-1",
            "+1",
            "1.234",
            "1,5",
            "10000000000000",
        ] {
            assert_eq!(plain_decimal(bad, 2), None, "{bad}");
        }
    }

    /// One random edit; a category is named by its position, turned into its id when the
    /// edit is applied (ids exist only in the running plan).
    #[derive(Clone, Debug)]
    enum Step {
        Plain(Action),
        RemoveAt(usize),
        EditAt(usize, CategoryEdit),
    }

    impl Step {
        /// The action on `p` (a position past the end names an id no category has).
        fn on(self, p: &Plan) -> Action {
            let id = |i: usize| p.categories.get(i).map_or_else(CategoryId::fresh, |c| c.id);
            match self {
                Step::Plain(a) => a,
                Step::RemoveAt(i) => Action::RemoveCategory(id(i)),
                Step::EditAt(i, e) => Action::Edit(id(i), e),
            }
        }
    }

    fn action() -> impl Strategy<Value = Step> {
        let kind = (0..CategoryKind::ALL.len()).prop_map(|i| CategoryKind::ALL[i]);
        let money =
            (0..2_000_000_000_000_i64).prop_map(|n| Rupiah::from_decimal(Decimal::new(n, 2)));
        let opt_money = proptest::option::of(money.clone());
        let edit = prop_oneof![
            "\\PC{0,24}".prop_map(CategoryEdit::Name),
            (0..=MAX_COUNT + 5).prop_map(CategoryEdit::Insured),
            proptest::option::of(0..=MAX_COUNT).prop_map(CategoryEdit::Population),
            any::<bool>().prop_map(|b| CategoryEdit::Scheme(if b {
                Scheme::Pu
            } else {
                Scheme::Bpu
            })),
            money.prop_map(CategoryEdit::Base),
            any::<bool>().prop_map(CategoryEdit::Jht),
            any::<bool>().prop_map(CategoryEdit::Jp),
            (0..5usize).prop_map(|i| CategoryEdit::RiskClass(RiskClass::ALL[i])),
            (0..6usize).prop_map(|i| CategoryEdit::Funding(FundingSource::ALL[i])),
            any::<bool>().prop_map(|b| CategoryEdit::Sector(if b {
                Sector::Transport
            } else {
                Sector::Other
            })),
            "[0-9. a-z]{0,12}".prop_map(CategoryEdit::AccountCode),
            proptest::option::of(0..=130u8).prop_map(CategoryEdit::OldestAge),
        ];
        let plain = prop_oneof![
            "\\PC{0,30}".prop_map(Action::SetVillage),
            (2015..2040i32).prop_map(Action::SetYear),
            (0..14u8).prop_map(Action::SetFirstMonth),
            (0..14u8).prop_map(Action::SetMonths),
            ((0..4usize), opt_money).prop_map(|(f, a)| Action::SetBudgetFigure(
                BudgetFigure::ALL[f],
                a.map(|x| x.min(crate::codec::input::MAX_AMOUNT))
            )),
            (0..20_000_000i64).prop_map(|n| Action::SetDeathRate(Decimal::new(n, 4))),
            any::<bool>().prop_map(Action::SetApplyAdjustment),
            proptest::option::of(1960..2040i32).prop_map(Action::SetInsuredSince),
            proptest::option::of(place()).prop_map(Action::SetPlace),
            kind.prop_map(Action::AddCategory),
        ];
        prop_oneof![
            10 => plain.prop_map(Step::Plain),
            1 => (0..10usize).prop_map(Step::RemoveAt),
            1 => ((0..12usize), edit).prop_map(|(i, e)| Step::EditAt(i, e)),
        ]
    }

    /// Places, most of them valid (any names, codes of the right shape or nearly).
    fn place() -> impl Strategy<Value = Place> {
        (
            "[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{3,4}",
            proptest::collection::vec("\\PC{1,30}", 4),
        )
            .prop_map(|(code, names)| {
                let mut names = names.into_iter();
                let mut next = || names.next().unwrap_or_default();
                Place {
                    code,
                    desa: next(),
                    kecamatan: next(),
                    kabupaten: next(),
                    provinsi: next(),
                }
            })
    }

    /// Valid plans: the default plan after random edits.
    pub(crate) fn plan() -> impl Strategy<Value = Plan> {
        proptest::collection::vec(action(), 0..40).prop_map(|actions| {
            let mut p = Plan::default();
            for a in actions {
                let action = a.on(&p);
                p.apply(action);
            }
            p
        })
    }

    proptest! {
        #[test]
        fn any_unicode_names_round_trip(
            village in "\\PC{0,80}",
            names in proptest::collection::vec("\\PC{0,80}", 1..30),
        ) {
            let mut p = Plan::default();
            p.apply(Action::SetVillage(village));
            for (i, name) in names.into_iter().enumerate() {
                p.apply(Action::AddCategory(CategoryKind::Lainnya));
                p.apply(Action::Edit(p.categories[i].id, CategoryEdit::Name(name)));
            }
            prop_assert_eq!(p.check(), Ok(()));
            prop_assert_eq!(decode(&encode(&p)), Ok(p));
        }

        #[test]
        fn valid_plans_round_trip(p in plan()) {
            prop_assert_eq!(p.check(), Ok(()));
            let link = encode(&p);
            prop_assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b)));
            prop_assert_eq!(decode(&link), Ok(p));
        }

        #[test]
        fn any_text_never_panics(s in "\\PC{0,300}") {
            let _ = decode(&s);
        }

        #[test]
        fn link_alphabet_soup_never_panics(s in "v[01][-_.~a-zA-Z0-9]{0,200}") {
            if let Ok(p) = decode(&s) {
                prop_assert_eq!(p.check(), Ok(()));
            }
        }

        #[test]
        fn mutated_links_never_panic_and_never_open_invalid_plans(
            p in plan(),
            edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..128, 0u8..3), 1..4),
            cut in any::<prop::sample::Index>(),
        ) {
            let mut bytes = encode(&p).into_bytes();
            for (at, byte, op) in edits {
                let i = at.index(bytes.len().max(1));
                match op {
                    0 if i < bytes.len() => bytes[i] = byte,
                    1 => bytes.insert(i.min(bytes.len()), byte),
                    _ if i < bytes.len() => { bytes.remove(i); }
                    _ => {}
                }
            }
            let text = String::from_utf8_lossy(&bytes).into_owned();
            if let Ok(q) = decode(&text) {
                prop_assert_eq!(q.check(), Ok(()));
            }
            let cut = cut.index(text.len().max(1));
            if let Some(prefix) = text.get(..cut) {
                let _ = decode(prefix);
                // The same body with a fresh, correct check still never panics.
                let _ = decode(&signed(prefix));
            }
        }
    }
}
