//! The four BPJS Ketenagakerjaan programs, who pays a part of one, and amounts kept per
//! program and part ([`ByProgram`], [`Split`]).

use super::money::Rupiah;

/// A BPJS Ketenagakerjaan program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Program {
    /// Jaminan Kecelakaan Kerja (work accident).
    Jkk,
    /// Jaminan Kematian (death).
    Jkm,
    /// Jaminan Hari Tua (old-age savings).
    Jht,
    /// Jaminan Pensiun (pension, PU only).
    Jp,
}

impl Program {
    /// All programs in display order.
    pub const ALL: [Program; 4] = [Program::Jkk, Program::Jkm, Program::Jht, Program::Jp];

    /// The usual abbreviation.
    #[must_use]
    pub const fn abbr(self) -> &'static str {
        match self {
            Program::Jkk => "JKK",
            Program::Jkm => "JKM",
            Program::Jht => "JHT",
            Program::Jp => "JP",
        }
    }

    pub(crate) const fn index(self) -> usize {
        match self {
            Program::Jkk => 0,
            Program::Jkm => 1,
            Program::Jht => 2,
            Program::Jp => 3,
        }
    }
}

/// The payer's and the worker's part of one amount.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Split {
    /// Paid by the category's funding source (desa, APBD, donor).
    pub payer: Rupiah,
    /// Paid by the worker (deducted from the wage).
    pub worker: Rupiah,
}

impl Split {
    /// Both parts together.
    #[must_use]
    pub fn total(&self) -> Rupiah {
        self.payer + self.worker
    }

    pub(crate) fn add(self, other: Split) -> Split {
        // A zero part (a program not taken, a share no one pays) is common: it is not added.
        let plus = |a: Rupiah, b: Rupiah| if b.is_zero() { a } else { a + b };
        Split {
            payer: plus(self.payer, other.payer),
            worker: plus(self.worker, other.worker),
        }
    }

    pub(crate) fn times(self, n: u32) -> Split {
        Split {
            payer: self.payer.times(n),
            worker: self.worker.times(n),
        }
    }
}

/// Amounts for each program, in `Program::ALL` order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ByProgram(pub [Split; 4]);

impl ByProgram {
    /// The amount of one program.
    #[must_use]
    pub fn get(&self, program: Program) -> Split {
        self.0.get(program.index()).copied().unwrap_or_default()
    }

    pub(crate) fn set(&mut self, program: Program, split: Split) {
        if let Some(slot) = self.0.get_mut(program.index()) {
            *slot = split;
        }
    }

    /// Payer and worker over all programs.
    #[must_use]
    pub fn total(&self) -> Split {
        self.0.iter().fold(Split::default(), |acc, s| acc.add(*s))
    }

    /// JKK plus JKM: the insurance part (JHT is savings, JP a pension).
    #[must_use]
    pub fn insurance(&self) -> Rupiah {
        self.get(Program::Jkk).total() + self.get(Program::Jkm).total()
    }

    /// Adds `other` program by program, payer and worker, in place (the rekap does this for
    /// every category of tens of thousands of villages).
    pub(crate) fn add_from(&mut self, other: &ByProgram) {
        for (mine, theirs) in self.0.iter_mut().zip(&other.0) {
            *mine = mine.add(*theirs);
        }
    }

    pub fn times(self, n: u32) -> ByProgram {
        ByProgram(self.0.map(|s| s.times(n)))
    }
}

/// Who pays a part of a premium.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Share {
    /// The category's funding source (desa, APBD, donor).
    Payer,
    /// The worker, from the wage.
    Worker,
}
