//! Synthetic villages for the benchmarks (made-up codes, names and ADD): a villages CSV of `n`
//! rows in the template's columns, 40 villages to a kecamatan, as in scripts/rekap-bench.mjs.

/// The CSV text of `n` synthetic villages.
pub fn synthetic_csv(n: usize) -> String {
    let mut s = String::from("kode desa;nama desa;kecamatan;ADD;kepala desa;sekretaris desa;perangkat desa;BPD;RT/RW;kader;pekerja rentan\n");
    for i in 0..n {
        let add = 250_000_000 + (i * 7_919) % 300_000_000;
        s.push_str(&format!(
            "53.{:02}.{:02}.{:04};Desa Sintetis {i};Kecamatan {};{add};1;1;{};{};{};{};25\n",
            i / 10_000 % 100,
            i / 100 % 100,
            i % 10_000,
            i / 40,
            3 + i % 6,
            5 + i % 5,
            2 + i % 9,
            i % 20
        ));
    }
    s
}
