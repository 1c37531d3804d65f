//! What the letterhead and the signers print: the *kop surat* with its logo and rule, the
//! letter number, the place-and-date line and one signature block per signer.

use crate::calc::period::Date;
use crate::codec::office::{OfficeSettings, Signer};
use crate::report::lang::Lang;
use crate::report::texts::office::{office_texts, place_and_date};
use leptos::prelude::*;

/// The letterhead, when a line or a logo is given (nothing otherwise: the sheet starts with
/// its title as before).
pub fn letterhead(lang: Lang, s: &OfficeSettings, logo: Option<String>) -> Option<AnyView> {
    let lines = s.letterhead.lines();
    let address = s.letterhead.address.trim();
    if lines.is_empty() && address.is_empty() && logo.is_none() {
        return None;
    }
    let t = office_texts(lang);
    let lines = lines
        .into_iter()
        .map(|l| view! { <p class="kop__line">{l.to_string()}</p> })
        .collect_view();
    let address =
        (!address.is_empty()).then(|| view! { <p class="kop__address">{address.to_string()}</p> });
    let logo = logo.map(
        |src| view! { <img class="kop__logo" src=src alt=t.logo_alt data-testid="kop-logo" /> },
    );
    Some(
        view! {
            <header class="kop" data-testid="kop">
                <div class="kop__side">{logo}</div>
                <div class="kop__text">{lines}{address}</div>
                <div class="kop__side"></div>
            </header>
        }
        .into_any(),
    )
}

/// "Nomor: ...", when given.
pub fn number_line(lang: Lang, s: &OfficeSettings) -> Option<impl IntoView> {
    let number = s.number.trim();
    (!number.is_empty()).then(|| {
        view! {
            <p class="sheet__number" data-testid="sheet-number">
                {(office_texts(lang).number_line)(number)}
            </p>
        }
    })
}

/// "Muara Bungo, 6 Desember 2026" above the signatures, when a place is given (without one
/// the sheet says when it was printed in its head, and keeps its height as before).
pub fn place_date_line(lang: Lang, s: &OfficeSettings, day: Date) -> Option<impl IntoView> {
    (!s.place.trim().is_empty()).then(|| {
        view! {
            <p class="signs__date" data-testid="sign-place-date">
                {place_and_date(lang, &s.place, day)}
            </p>
        }
    })
}

/// The class of the row of signatures: room to sign over a typed name (an office's own
/// sheet); none when nobody is named, so a plain sheet keeps its height.
pub fn signs_class(s: &OfficeSettings, more: &str) -> String {
    let named = s.signers.iter().any(|x| !x.name.trim().is_empty()) || !s.acknowledger.is_empty();
    format!("signs{}{more}", if named { " signs--named" } else { "" })
}

/// One signature block: the office (the role when none was typed), space to sign, the name
/// (or the placeholder) and the NIP when given.
pub fn sign_block(
    above: Option<&'static str>,
    role: &str,
    signer: &Signer,
    placeholder: &str,
    testid: &'static str,
) -> impl IntoView {
    let office = match signer.office.trim() {
        "" => role.to_string(),
        typed => typed.to_string(),
    };
    let name = signer.name.trim();
    let (line, class) = if name.is_empty() {
        (placeholder.to_string(), "sign__line")
    } else {
        (name.to_string(), "sign__line sign__name")
    };
    let nip = signer.nip.trim();
    let nip = (!nip.is_empty()).then(|| view! { <p class="sign__nip">{format!("NIP {nip}")}</p> });
    let above = above.map(|a| view! { <p class="sign__ack">{a}</p> });
    view! {
        <div class="sign" data-testid=testid>
            {above}
            <p>{office}</p>
            <p class=class>{line}</p>
            {nip}
        </div>
    }
}

/// "Mengetahui," and the second signer, only when one was filled in.
pub fn acknowledger_block(
    lang: Lang,
    s: &OfficeSettings,
    placeholder: &str,
) -> Option<impl IntoView> {
    let a = &s.acknowledger;
    (!a.is_empty()).then(|| {
        let above = Some(office_texts(lang).acknowledged);
        sign_block(above, "", a, placeholder, "sign-acknowledger")
    })
}
