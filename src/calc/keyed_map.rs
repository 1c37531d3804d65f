//! A value for each value of a coded enum (a kind of worker, a funding source), indexed by
//! the enum itself: `people[CategoryKind::Kader]` instead of `people[5]`, so a figure cannot
//! be read from another kind's slot and a new kind cannot shift the others.

use core::marker::PhantomData;
use core::ops::{Index, IndexMut};

use super::code::Coded;

/// One `T` for each of the `N` values of `K` (`N` is `K::ALL.len()`, see the aliases
/// [`ByKind`](super::category::ByKind) and [`BySource`](super::category::BySource)).
pub struct KeyedMap<K, T, const N: usize> {
    values: [T; N],
    key: PhantomData<K>,
}

impl<K: Coded, T, const N: usize> KeyedMap<K, T, N> {
    /// The map with `value` for every key.
    #[must_use]
    pub fn filled(value: T) -> Self
    where
        T: Copy,
    {
        Self::from_array([value; N])
    }

    /// The map from values in `K::ALL` order.
    #[must_use]
    pub const fn from_array(values: [T; N]) -> Self {
        KeyedMap {
            values,
            key: PhantomData,
        }
    }

    /// The values in `K::ALL` order.
    #[must_use]
    pub fn values(&self) -> &[T; N] {
        &self.values
    }

    /// Each key with its value, in `K::ALL` order.
    pub fn iter(&self) -> impl Iterator<Item = (K, &T)> {
        K::ALL.iter().copied().zip(&self.values)
    }

    /// Each key with its value to change, in `K::ALL` order.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (K, &mut T)> {
        K::ALL.iter().copied().zip(&mut self.values)
    }

    /// Adds `other`'s value to each key's.
    pub fn add<U: Copy>(&mut self, other: &KeyedMap<K, U, N>, add: impl Fn(&mut T, U)) {
        for (mine, theirs) in self.values.iter_mut().zip(&other.values) {
            add(mine, *theirs);
        }
    }
}

impl<K: Coded, T, const N: usize> Index<K> for KeyedMap<K, T, N> {
    type Output = T;

    fn index(&self, key: K) -> &T {
        // `K::ALL` has `N` values and `key.index()` is a position in it, so this is in range.
        &self.values[key.index()]
    }
}

impl<K: Coded, T, const N: usize> IndexMut<K> for KeyedMap<K, T, N> {
    fn index_mut(&mut self, key: K) -> &mut T {
        &mut self.values[key.index()]
    }
}

impl<K: Coded, T: Default + Copy, const N: usize> Default for KeyedMap<K, T, N> {
    fn default() -> Self {
        Self::filled(T::default())
    }
}

// Written out rather than derived: a derive would ask the same of `K` (through PhantomData).
impl<K, T: Clone, const N: usize> Clone for KeyedMap<K, T, N> {
    fn clone(&self) -> Self {
        KeyedMap {
            values: self.values.clone(),
            key: PhantomData,
        }
    }
}

impl<K, T: Copy, const N: usize> Copy for KeyedMap<K, T, N> {}

impl<K, T: PartialEq, const N: usize> PartialEq for KeyedMap<K, T, N> {
    fn eq(&self, other: &Self) -> bool {
        self.values == other.values
    }
}

impl<K, T: Eq, const N: usize> Eq for KeyedMap<K, T, N> {}

impl<K: Coded + core::fmt::Debug, T: core::fmt::Debug, const N: usize> core::fmt::Debug
    for KeyedMap<K, T, N>
{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_map()
            .entries(K::ALL.iter().zip(&self.values))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::calc::category::{ByKind, BySource, CategoryKind, FundingSource};
    use crate::calc::money::Rupiah;

    #[test]
    fn each_key_has_its_own_slot() {
        let mut people: ByKind<u32> = ByKind::default();
        people[CategoryKind::Kader] = 7;
        people[CategoryKind::PekerjaKeagamaan] += 2;
        for (kind, n) in people.iter() {
            let want = match kind {
                CategoryKind::Kader => 7,
                CategoryKind::PekerjaKeagamaan => 2,
                _ => 0,
            };
            assert_eq!(*n, want, "{kind:?}");
        }
        assert_eq!(people.values().len(), CategoryKind::ALL.len());
    }

    #[test]
    fn maps_add_key_by_key() {
        let mut a: BySource<Rupiah> = BySource::default();
        let mut b: BySource<Rupiah> = BySource::default();
        a[FundingSource::Add] = Rupiah::from_whole(5);
        b[FundingSource::Add] = Rupiah::from_whole(2);
        b[FundingSource::DanaDesa] = Rupiah::from_whole(3);
        a.add(&b, |t, s| *t = *t + s);
        assert_eq!(a[FundingSource::Add], Rupiah::from_whole(7));
        assert_eq!(a[FundingSource::DanaDesa], Rupiah::from_whole(3));
        assert_eq!(a[FundingSource::PaDes], Rupiah::ZERO);
    }
}
