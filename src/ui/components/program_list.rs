//! The programs a category pays for, as the card's summary and the printed sheet show them.

use crate::calc::category::Category;

/// "JKK + JKM", then JHT and JP when chosen.
pub fn programs(c: &Category) -> String {
    let mut p = vec!["JKK", "JKM"];
    if c.jht {
        p.push("JHT");
    }
    if c.has_jp() {
        p.push("JP");
    }
    p.join(" + ")
}
