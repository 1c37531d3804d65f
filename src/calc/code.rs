//! One registry for the short stable codes of the domain's enums: the share link, the JSON
//! file, the CSV files and the forms' `<select>` values all read them from here, so a code
//! is written once. The codes are part of documented formats: never change one.

/// An enum with a fixed list of values, each with a short stable code. Implemented by
/// [`coded!`] together with the same items on the type itself (no import needed there);
/// the trait is for code that works on any of these enums, like the JSON file's reader.
pub trait Coded: Copy + PartialEq + Sized + 'static {
    /// Every value, in the order the user sees them; links store positions in this list.
    const ALL: &'static [Self];
    /// The code of each value of [`Coded::ALL`], in the same order.
    const CODES: &'static [&'static str];

    /// The stable code of this value.
    fn code(self) -> &'static str;

    /// Position of this value in [`Coded::ALL`].
    fn index(self) -> usize {
        // ALL lists every value (`coded!` builds it from the same table as the codes).
        Self::ALL.iter().position(|&v| v == self).unwrap_or(0)
    }

    /// The value at a position of [`Coded::ALL`].
    fn from_index(index: usize) -> Option<Self> {
        Self::ALL.get(index).copied()
    }

    /// The value with exactly this code.
    fn from_code(code: &str) -> Option<Self> {
        Self::CODES
            .iter()
            .position(|&c| c == code)
            .and_then(Self::from_index)
    }
}

/// Gives an enum, from one table of `Variant => "code"`, its `ALL` and `CODES` arrays, a
/// `const fn code`, `from_code`, `index`, `from_index`, and [`Coded`]; so the list of values
/// and the list of codes cannot drift apart, and a variant left out does not compile.
macro_rules! coded {
    ($ty:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value, in the order the user sees them; links store positions here.
            pub const ALL: [Self; [$($code),+].len()] = [$($ty::$variant),+];
            /// The stable code of each value of `ALL`, in the same order.
            pub const CODES: [&'static str; [$($code),+].len()] = [$($code),+];

            /// The short stable code of this value (links, files, CSV, forms, CSS).
            #[must_use]
            pub const fn code(self) -> &'static str {
                match self {
                    $($ty::$variant => $code),+
                }
            }

            /// The value with exactly this code.
            #[must_use]
            pub fn from_code(code: &str) -> Option<Self> {
                <Self as $crate::calc::code::Coded>::from_code(code)
            }

            /// Position of this value in `ALL`.
            #[must_use]
            pub fn index(self) -> usize {
                <Self as $crate::calc::code::Coded>::index(self)
            }

            /// The value at a position of `ALL`.
            #[must_use]
            pub fn from_index(index: usize) -> Option<Self> {
                Self::ALL.get(index).copied()
            }
        }

        impl $crate::calc::code::Coded for $ty {
            const ALL: &'static [Self] = &[$($ty::$variant),+];
            const CODES: &'static [&'static str] = &[$($code),+];

            fn code(self) -> &'static str {
                $ty::code(self)
            }
        }
    };
}
pub(crate) use coded;

#[cfg(test)]
mod tests {
    use super::Coded;
    use crate::calc::category::{CategoryKind, FundingSource, Scheme};
    use crate::calc::rates::{RiskClass, Sector};

    fn round_trips<T: Coded + std::fmt::Debug>() {
        assert_eq!(T::ALL.len(), T::CODES.len());
        for (i, &v) in T::ALL.iter().enumerate() {
            assert_eq!(Coded::index(v), i);
            assert_eq!(<T as Coded>::from_index(i), Some(v));
            assert_eq!(<T as Coded>::from_code(Coded::code(v)), Some(v), "{v:?}");
        }
        let codes: std::collections::BTreeSet<_> = T::CODES.iter().collect();
        assert_eq!(codes.len(), T::CODES.len(), "codes are unique");
        assert_eq!(<T as Coded>::from_code("no-such-code"), None);
        assert_eq!(<T as Coded>::from_index(T::ALL.len()), None);
    }

    #[test]
    fn every_code_maps_back_to_its_value() {
        round_trips::<CategoryKind>();
        round_trips::<FundingSource>();
        round_trips::<Scheme>();
        round_trips::<RiskClass>();
        round_trips::<Sector>();
    }

    #[test]
    fn codes_are_those_of_the_documented_formats() {
        let codes = |all: &[&str]| all.join(" ");
        assert_eq!(
            codes(&CategoryKind::CODES),
            "kades sekdes perangkat bpd rtrw kader rentan lainnya staf keagamaan"
        );
        assert_eq!(
            codes(&FundingSource::CODES),
            "add dd pades apbd-kab apbd-prov lainnya"
        );
        assert_eq!(codes(&Scheme::CODES), "pu bpu");
        assert_eq!(codes(&RiskClass::CODES), "I II III IV V");
        assert_eq!(codes(&Sector::CODES), "transport other");
        assert_eq!(&CategoryKind::ALL[..7], &CategoryKind::DEFAULTS[..]);
    }
}
