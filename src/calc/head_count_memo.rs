//! Figures remembered by head count: the rekap asks for the same few head counts for tens of
//! thousands of villages, and some answers cost dozens of full-precision operations.

/// Values of `T` remembered by head count, up to `LIMIT` people (more are computed each time).
#[derive(Clone, Debug)]
pub struct HeadCountMemo<T, const LIMIT: usize> {
    by_people: Vec<Option<T>>,
}

impl<T, const LIMIT: usize> Default for HeadCountMemo<T, LIMIT> {
    fn default() -> Self {
        HeadCountMemo {
            by_people: Vec::new(),
        }
    }
}

impl<T: Copy, const LIMIT: usize> HeadCountMemo<T, LIMIT> {
    /// The value for `people`: remembered, or `compute`d (and remembered up to `LIMIT`).
    pub fn get(&mut self, people: u32, compute: impl FnOnce() -> T) -> T {
        let i = usize::try_from(people).unwrap_or(usize::MAX);
        if i >= LIMIT {
            return compute();
        }
        if let Some(Some(known)) = self.by_people.get(i) {
            return *known;
        }
        let found = compute();
        if self.by_people.len() <= i {
            self.by_people.resize(i + 1, None);
        }
        if let Some(slot) = self.by_people.get_mut(i) {
            *slot = Some(found);
        }
        found
    }

    /// Forgets every value (what they were computed from changed).
    pub fn clear(&mut self) {
        self.by_people.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_below_the_limit_and_computes_above_it() {
        let mut memo = HeadCountMemo::<u32, 4>::default();
        let mut calls = 0;
        for people in [3, 3, 9, 9] {
            let v = memo.get(people, || {
                calls += 1;
                people * 2
            });
            assert_eq!(v, people * 2);
        }
        assert_eq!(calls, 3);
        memo.clear();
        memo.get(3, || {
            calls += 1;
            6
        });
        assert_eq!(calls, 4);
    }
}
