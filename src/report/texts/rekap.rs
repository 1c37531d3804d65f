//! Every word of the rekap page, one table per language (both fill the same struct, so a
//! missing word is a compile error), and the sentences for the importer's problems.

use crate::calc::budget::THIRTY_PERCENT;
use crate::calc::rekap::summary::DEFAULT_ADD_THRESHOLD;
use crate::codec::registry::RegistryProblem;
use crate::codec::villages_csv::{Column, FileError, RowProblem};
use crate::report::lang::Lang;
use crate::report::texts::names::kind_name;
use crate::report::texts::page::{import_problem, input_error};

/// The rekap page's fixed texts.
pub struct RekapTexts {
    pub title: &'static str,
    pub tagline: &'static str,
    pub lang_toggle: &'static str,
    pub back: &'static str,
    pub section_import: &'static str,
    pub import_label: &'static str,
    pub import_hint: &'static str,
    pub drop_hint: &'static str,
    pub template: &'static str,
    pub json_kecamatan: &'static str,
    pub json_kecamatan_hint: &'static str,
    pub files: &'static str,
    pub remove: &'static str,
    pub clear: &'static str,
    pub working: &'static str,
    /// A large spreadsheet being read: its name and the share read, in percent.
    pub reading: fn(file: &str, percent: &str) -> String,
    /// A part of the page on its way (its code is being downloaded).
    pub later_loading: &'static str,
    /// A part of the page could not be downloaded.
    pub later_failed: &'static str,
    /// Try the download again.
    pub later_retry: &'static str,
    pub section_policy: &'static str,
    pub policy_label: &'static str,
    pub policy_hint: &'static str,
    pub policy_default: &'static str,
    /// The copy of the village page's plan as a choice, given the day it was taken.
    pub policy_copy_option: fn(day: &str) -> String,
    /// A scenario file as a choice, given its name.
    pub policy_file_option: fn(name: &str) -> String,
    pub policy_copy: &'static str,
    pub policy_file: &'static str,
    pub policy_file_bad: &'static str,
    pub kabupaten_name: &'static str,
    pub flag_thirty: &'static str,
    pub download_totals: &'static str,
    pub keep_json: &'static str,
    pub keep_other: &'static str,
    /// What one file gave: villages read, rows skipped, problems.
    pub file_summary: fn(villages: &str, skipped: &str, problems: &str) -> String,
    /// A file of a name already read, kept under another name.
    pub file_renamed: fn(name: &str, kept_as: &str) -> String,
    /// A file the same as one already read, not read twice.
    pub file_identical: fn(name: &str) -> String,
    /// A JSON village that is a spreadsheet row: village, JSON file, spreadsheet, row, and
    /// whether the JSON file's plan is the one counted.
    pub duplicate_row:
        fn(nama: &str, file: &str, sheet: &str, row: usize, json_kept: bool) -> String,
    /// A JSON village that is also in an earlier JSON file: village, file, earlier file, and
    /// whether this file's plan is the one counted.
    pub duplicate_json: fn(nama: &str, file: &str, first: &str, this_kept: bool) -> String,
    /// Two JSON files of the village with the same kode desa (picked under "Pilih desa"): kode,
    /// this file's village, file, earlier file, and whether this file's plan is counted.
    pub same_kode_json:
        fn(kode: &str, nama: &str, file: &str, first: &str, this_kept: bool) -> String,
    /// The printed recap's district, given its name.
    pub sheet_kabupaten: fn(name: &str) -> String,
    /// A kecamatan's subtotal row on the printed recap, given its label and villages.
    pub sheet_subtotal: fn(label: &str, count: &str) -> String,
    pub policy_current_missing: &'static str,
    pub threshold: &'static str,
    /// Names the default share of ADD above which a village is flagged.
    pub threshold_hint: fn(default: &str) -> String,
    pub section_totals: &'static str,
    pub empty: &'static str,
    pub villages: &'static str,
    pub people: &'static str,
    pub monthly: &'static str,
    pub period: &'static str,
    pub desa_share: &'static str,
    pub worker_share: &'static str,
    pub charged_to_add: &'static str,
    pub add_total: &'static str,
    pub by_source: &'static str,
    pub deaths: &'static str,
    pub payout: &'static str,
    pub coverage: &'static str,
    pub flagged: &'static str,
    pub people_by_kind: &'static str,
    pub section_kecamatan: &'static str,
    pub kecamatan: &'static str,
    pub section_villages: &'static str,
    pub filter_kecamatan: &'static str,
    pub all: &'static str,
    pub filter_flag: &'static str,
    pub flag_any: &'static str,
    pub flag_none: &'static str,
    pub search: &'static str,
    pub sort: &'static str,
    pub sort_row: &'static str,
    pub sort_name: &'static str,
    pub sort_kecamatan: &'static str,
    pub sort_share: &'static str,
    pub sort_premium: &'static str,
    pub shown: &'static str,
    pub more: &'static str,
    pub col_row: &'static str,
    pub col_kode: &'static str,
    pub col_nama: &'static str,
    pub col_people: &'static str,
    pub col_share: &'static str,
    /// The 30 % column, given the limit.
    pub col_thirty: fn(limit: &str) -> String,
    pub col_flags: &'static str,
    pub col_link: &'static str,
    pub open_plan: &'static str,
    pub within: &'static str,
    pub over: &'static str,
    pub flag_above: &'static str,
    pub flag_dana_desa: &'static str,
    pub flag_no_one: &'static str,
    pub flag_problems: &'static str,
    pub section_problems: &'static str,
    pub unknown_columns: &'static str,
    pub section_export: &'static str,
    pub download_csv: &'static str,
    /// "Bagikan" beside the rekap's download (where the browser can share files).
    pub share_csv: &'static str,
    /// "Bagikan" for the printed recap as an HTML file.
    pub share_sheet: &'static str,
    pub print: &'static str,
    pub print_scope: &'static str,
    pub whole_kabupaten: &'static str,
    pub sheet_title: &'static str,
    pub sheet_total_words: &'static str,
    pub sheet_printed: &'static str,
    pub sign_camat: &'static str,
    pub sign_dpmd: &'static str,
    pub sign_name: &'static str,
    /// The recap's signer, above its fields: camat or head of DPMD.
    pub sign_main: &'static str,
    pub saved_too_big: &'static str,
    pub storage_corrupt: &'static str,
    pub privacy: &'static str,
    /// Column names as the template spells them (`column_name`).
    pub col_kode_desa: &'static str,
    pub col_nama_desa: &'static str,
    pub col_kecamatan: &'static str,
    pub col_belanja: &'static str,
    /// Before a category's name: "dasar upah".
    pub col_wage_base: &'static str,
    /// Before a category's name: "sumber dana".
    pub col_funding: &'static str,
    /// A file with nothing in it.
    pub file_empty: &'static str,
    /// A file that is neither a known CSV nor a scenario JSON.
    pub file_not_csv: &'static str,
    /// Too many rows, given the limit as counted.
    pub file_too_many_rows: fn(max: &str) -> String,
    /// A required column is missing, given its name.
    pub file_missing_column: fn(column: &str) -> String,
    /// Where a problem is: a row and a column, given the row number and the column name.
    pub at_cell: fn(row: usize, column: &str) -> String,
    /// Where a problem is: a row, given its number.
    pub at_row: fn(row: usize) -> String,
    /// An unknown funding source, listing the known ones.
    pub unknown_funding: &'static str,
    /// A required cell is empty.
    pub required: &'static str,
    /// A village code seen on an earlier row, given the code and that row.
    pub duplicate_kode: fn(kode: &str, first_row: usize) -> String,
    /// A village code seen in another file, given the code, the file and its row.
    pub duplicate_kode_in_file: fn(kode: &str, file: &str, first_row: usize) -> String,
    /// A quote that is never closed.
    pub unclosed_quote: &'static str,
    /// A total row left out, given its label.
    pub total_row: fn(label: &str) -> String,
    /// A row with neither kode nor nama, left out.
    pub not_a_village: &'static str,
    /// A village name cut to the limit, given the limit.
    pub name_too_long: fn(max: usize) -> String,
    /// A table region's name, given the section's title.
    pub table_of: fn(section: &str) -> String,
    /// After "shown / matching": the count of all villages.
    pub of_all: fn(total: &str) -> String,
    /// The problems not listed, given their count.
    pub more_problems: fn(count: &str) -> String,
    /// The sheet's total row, given the count of villages.
    pub sheet_total_row: fn(count: &str) -> String,
    /// The policy in one line, given its setups, its months and where it came from.
    pub policy_line: fn(setups: &str, period: &str, source: &str) -> String,
    /// The policy's source: the calculator's default plan.
    pub source_default: &'static str,
    /// The policy's source: a preset, given its name.
    pub source_preset: fn(name: &str) -> String,
    /// The policy's source: the copy of the village page's plan, given the day ("" unknown).
    pub source_copy: fn(day: &str) -> String,
    /// The policy's source: a scenario file, given its name and the day it was read.
    pub source_file: fn(name: &str, day: &str) -> String,
}

/// Indonesian.
pub static ID: RekapTexts = RekapTexts {
    title: "Rekap Iuran Jamsostek Desa",
    tagline: "Untuk kecamatan dan DPMD: iuran BPJS Ketenagakerjaan banyak desa sekaligus, dihitung di perangkat Anda.",
    lang_toggle: "English",
    back: "← Kalkulator satu desa",
    section_import: "Data desa",
    import_label: "Pilih berkas",
    import_hint: "Spreadsheet CSV atau Excel .xlsx (satu baris per desa) dan/atau berkas skenario JSON dari halaman desa; boleh beberapa sekaligus.",
    drop_hint: "Atau seret berkas ke sini.",
    template: "Unduh contoh spreadsheet",
    json_kecamatan: "Kecamatan untuk berkas JSON",
    json_kecamatan_hint: "Berkas skenario desa tidak memuat nama kecamatan.",
    files: "Berkas yang dibaca",
    remove: "Hapus",
    clear: "Hapus semua",
    working: "Sedang menghitung…",
    reading: |file, percent| format!("Membaca {file}… {percent} %"),
    later_loading: "Memuat bagian ini…",
    later_failed: "Bagian ini belum dapat dimuat (sambungan terputus?). Rekap di atas tetap berjalan.",
    later_retry: "Coba lagi",
    section_policy: "Kebijakan kabupaten",
    policy_label: "Terapkan ke setiap baris spreadsheet",
    policy_hint: "Kategori, skema, dasar upah, program dan sumber dana dari rencana ini; jumlah orang dan ADD dari tiap desa.",
    policy_default: "Rencana bawaan kalkulator",
    policy_copy_option: |day| format!("Salinan rencana halaman desa ({day})"),
    policy_file_option: |name| format!("Berkas {name}"),
    policy_copy: "Salin rencana halaman desa sekarang",
    policy_file: "Pakai berkas skenario",
    policy_file_bad: "Berkas itu bukan berkas skenario yang dapat dibaca; kebijakan tidak diubah.",
    kabupaten_name: "Nama kabupaten (untuk rekap cetak)",
    flag_thirty: "melebihi batas 30 %",
    download_totals: "Unduh jumlah per kecamatan (CSV)",
    keep_json: "Hitung dari berkas JSON",
    keep_other: "Hitung dari yang lain",
    file_summary: |villages, skipped, problems| {
        format!("{villages} desa dibaca, {skipped} baris dilewati, {problems} masalah")
    },
    file_renamed: |name, kept_as| {
        format!("Berkas bernama {name} sudah dibaca; berkas baru ini disimpan sebagai {kept_as}. Hapus yang lama bila ini penggantinya.")
    },
    file_identical: |name| format!("Berkas {name} sama persis dengan yang sudah dibaca; tidak dibaca dua kali."),
    duplicate_row: |nama, file, sheet, row, json_kept| {
        let from = if json_kept { format!("dari {file}") } else { format!("dari {sheet}") };
        format!("‘{nama}’ di {file} juga ada di {sheet} baris {row}; dihitung sekali, {from}.")
    },
    duplicate_json: |nama, file, first, this_kept| {
        let from = if this_kept { file } else { first };
        format!("‘{nama}’ di {file} juga ada di {first}; dihitung sekali, dari {from}.")
    },
    same_kode_json: |kode, nama, file, first, this_kept| {
        let from = if this_kept { file } else { first };
        format!("{file} (‘{nama}’) dan {first} sama-sama desa berkode {kode}: satu desa, dihitung sekali, dari {from}.")
    },
    sheet_kabupaten: |name| {
        if name.get(..10).is_some_and(|h| h.eq_ignore_ascii_case("kabupaten ")) {
            name.to_string()
        } else {
            format!("Kabupaten {name}")
        }
    },
    sheet_subtotal: |label, count| format!("Jumlah {label} ({count} desa)"),
    policy_current_missing: "Belum ada rencana tersimpan di halaman desa pada perangkat ini; rencana bawaan dipakai.",
    threshold: "Tandai desa di atas porsi ADD (%)",
    threshold_hint: |d| format!("Bawaan {d}."),
    section_totals: "Rekap kabupaten",
    empty: "Belum ada desa. Pilih spreadsheet atau berkas skenario.",
    villages: "Desa",
    people: "Orang terlindungi",
    monthly: "Iuran per bulan",
    period: "Iuran selama periode",
    desa_share: "Ditanggung desa / pemberi dana",
    worker_share: "Bagian pekerja",
    charged_to_add: "Dibebankan ke ADD",
    add_total: "Jumlah ADD",
    by_source: "Menurut sumber dana",
    deaths: "Perkiraan kematian per tahun",
    payout: "Perkiraan santunan per tahun",
    coverage: "Cakupan (kategori yang jumlah warganya diisi)",
    flagged: "Desa ditandai",
    people_by_kind: "Orang menurut kategori",
    section_kecamatan: "Per kecamatan",
    kecamatan: "Kecamatan",
    section_villages: "Per desa",
    filter_kecamatan: "Kecamatan",
    all: "Semua",
    filter_flag: "Tanda",
    flag_any: "Ditandai (apa pun)",
    flag_none: "Tanpa tanda",
    search: "Cari nama atau kode desa",
    sort: "Urutkan",
    sort_row: "Urutan berkas",
    sort_name: "Nama desa",
    sort_kecamatan: "Kecamatan",
    sort_share: "Porsi ADD (terbesar)",
    sort_premium: "Iuran (terbesar)",
    shown: "ditampilkan",
    more: "Tampilkan lebih banyak",
    col_row: "Baris",
    col_kode: "Kode desa",
    col_nama: "Desa",
    col_people: "Orang",
    col_share: "Porsi ADD",
    col_thirty: |limit| format!("Batas {limit}"),
    col_flags: "Tanda",
    col_link: "Tautan",
    open_plan: "Buka rencana",
    within: "memenuhi",
    over: "melebihi",
    flag_above: "melebihi porsi ADD",
    flag_dana_desa: "Dana Desa untuk perangkat/BPD (dilarang)",
    flag_no_one: "tak seorang pun diikutkan",
    flag_problems: "baris bermasalah",
    section_problems: "Masalah pada berkas",
    unknown_columns: "Kolom tidak dikenal, diabaikan:",
    section_export: "Unduh",
    download_csv: "Unduh rekap (CSV)",
    share_csv: "Bagikan rekap (CSV)",
    share_sheet: "Bagikan lembar cetak (HTML)",
    print: "Cetak rekap",
    print_scope: "Cakupan cetak",
    whole_kabupaten: "Seluruh kabupaten",
    sheet_title: "Rekap Simulasi Iuran BPJS Ketenagakerjaan Desa",
    sheet_total_words: "Terbilang",
    sheet_printed: "Dicetak",
    sign_camat: "Camat",
    sign_dpmd: "Kepala Dinas PMD",
    sign_name: "(nama dan tanda tangan)",
    sign_main: "Camat atau Kepala Dinas PMD",
    saved_too_big: "Data ini terlalu besar untuk disimpan di perangkat; setelah dimuat ulang, pilih berkasnya lagi.",
    storage_corrupt: "Rekap tersimpan tidak terbaca; disimpan terpisah dan tidak dihapus.",
    privacy: "Semua dihitung di perangkat Anda; tidak ada data yang dikirim.",
    col_kode_desa: "kode desa",
    col_nama_desa: "nama desa",
    col_kecamatan: "kecamatan",
    col_belanja: "total belanja",
    col_wage_base: "dasar upah",
    col_funding: "sumber dana",
    file_empty: "berkas kosong",
    file_not_csv: "bukan spreadsheet CSV atau berkas skenario JSON yang dikenal",
    file_too_many_rows: |max| format!("terlalu banyak baris; paling banyak {max}"),
    file_missing_column: |column| format!("kolom wajib tidak ada: {column}"),
    at_cell: |row, column| format!("Baris {row}, kolom {column}"),
    at_row: |row| format!("Baris {row}"),
    unknown_funding: "sumber dana tidak dikenal (ADD, Dana Desa, PADes, APBD kabupaten, APBD provinsi, lainnya).",
    required: "wajib diisi.",
    duplicate_kode: |kode, first_row| format!("kode desa {kode} sudah ada di baris {first_row}."),
    duplicate_kode_in_file: |kode, file, first_row| {
        format!("kode desa {kode} sudah ada di berkas {file}, baris {first_row}.")
    },
    unclosed_quote: "tanda kutip tidak ditutup; sisa berkas dibaca sebagai satu sel.",
    total_row: |label| format!("baris jumlah ‘{label}’, tidak dihitung sebagai desa."),
    not_a_village: "tanpa kode desa dan nama desa, tidak dihitung sebagai desa.",
    name_too_long: |max| format!("lebih dari {max} karakter; dipotong menjadi {max}."),
    table_of: |section| format!("{section} (tabel)"),
    of_all: |total| format!(" (dari {total})"),
    more_problems: |count| format!("… dan masalah lain: {count}"),
    sheet_total_row: |count| format!("Jumlah ({count} desa)"),
    policy_line: |setups, period, source| format!("Dihitung dengan: {setups}; {period}; {source}."),
    source_default: "rencana bawaan kalkulator",
    source_preset: |name| format!("paket ‘{name}’"),
    source_copy: |day| {
        if day.is_empty() {
            "salinan rencana halaman desa".into()
        } else {
            format!("salinan rencana halaman desa, diambil {day}")
        }
    },
    source_file: |name, day| format!("berkas {name}, dibaca {day}"),
};

/// English.
pub static EN: RekapTexts = RekapTexts {
    title: "Village Jamsostek Premium Rekap",
    tagline: "For sub-district and DPMD offices: BPJS Ketenagakerjaan premiums of many villages at once, computed on your device.",
    lang_toggle: "Bahasa Indonesia",
    back: "← One-village calculator",
    section_import: "Village data",
    import_label: "Choose files",
    import_hint: "A CSV or Excel .xlsx spreadsheet (one row per village) and/or JSON scenario files from the village page; several at once.",
    drop_hint: "Or drag files here.",
    template: "Download the example spreadsheet",
    json_kecamatan: "Sub-district for JSON files",
    json_kecamatan_hint: "A village scenario file does not name its sub-district.",
    files: "Files read",
    remove: "Remove",
    clear: "Remove all",
    working: "Computing…",
    reading: |file, percent| format!("Reading {file}… {percent} %"),
    later_loading: "Loading this part…",
    later_failed: "This part could not be loaded (connection lost?). The rekap above still works.",
    later_retry: "Try again",
    section_policy: "District policy",
    policy_label: "Apply to every spreadsheet row",
    policy_hint: "Categories, schemes, wage bases, programs and funding from this plan; people and ADD from each village.",
    policy_default: "The calculator's default plan",
    policy_copy_option: |day| format!("Copy of the village page's plan ({day})"),
    policy_file_option: |name| format!("File {name}"),
    policy_copy: "Copy the village page's plan now",
    policy_file: "Use a scenario file",
    policy_file_bad: "That file is not a readable scenario file; the policy is unchanged.",
    kabupaten_name: "District name (for the printed recap)",
    flag_thirty: "over the 30 % rule",
    download_totals: "Download sub-district totals (CSV)",
    keep_json: "Count the JSON file",
    keep_other: "Count the other",
    file_summary: |villages, skipped, problems| {
        format!("{villages} villages read, {skipped} rows skipped, {problems} problems")
    },
    file_renamed: |name, kept_as| {
        format!("A file named {name} was already read; this new file is kept as {kept_as}. Remove the old one if this replaces it.")
    },
    file_identical: |name| format!("File {name} is identical to one already read; not read twice."),
    duplicate_row: |nama, file, sheet, row, json_kept| {
        let from = if json_kept { format!("from {file}") } else { format!("from {sheet}") };
        format!("‘{nama}’ in {file} is also in {sheet} row {row}; counted once, {from}.")
    },
    duplicate_json: |nama, file, first, this_kept| {
        let from = if this_kept { file } else { first };
        format!("‘{nama}’ in {file} is also in {first}; counted once, from {from}.")
    },
    same_kode_json: |kode, nama, file, first, this_kept| {
        let from = if this_kept { file } else { first };
        format!("{file} (‘{nama}’) and {first} are both the village coded {kode}: one village, counted once, from {from}.")
    },
    sheet_kabupaten: |name| {
        if name.get(..9).is_some_and(|h| h.eq_ignore_ascii_case("district ")) {
            name.to_string()
        } else {
            format!("District {name}")
        }
    },
    sheet_subtotal: |label, count| format!("Total {label} ({count} villages)"),
    policy_current_missing: "No plan is saved by the village page on this device; the default plan is used.",
    threshold: "Flag villages above this share of ADD (%)",
    threshold_hint: |d| format!("Default {d}."),
    section_totals: "District rekap",
    empty: "No villages yet. Choose a spreadsheet or scenario files.",
    villages: "Villages",
    people: "People protected",
    monthly: "Premium per month",
    period: "Premium over the period",
    desa_share: "Paid by village / funder",
    worker_share: "Workers' share",
    charged_to_add: "Charged to ADD",
    add_total: "Total ADD",
    by_source: "By funding source",
    deaths: "Expected deaths per year",
    payout: "Expected payout per year",
    coverage: "Coverage (categories whose population is given)",
    flagged: "Villages flagged",
    people_by_kind: "People by category",
    section_kecamatan: "By sub-district",
    kecamatan: "Sub-district",
    section_villages: "By village",
    filter_kecamatan: "Sub-district",
    all: "All",
    filter_flag: "Flag",
    flag_any: "Flagged (any)",
    flag_none: "Not flagged",
    search: "Search village name or code",
    sort: "Sort",
    sort_row: "File order",
    sort_name: "Village name",
    sort_kecamatan: "Sub-district",
    sort_share: "Share of ADD (largest)",
    sort_premium: "Premium (largest)",
    shown: "shown",
    more: "Show more",
    col_row: "Row",
    col_kode: "Village code",
    col_nama: "Village",
    col_people: "People",
    col_share: "Share of ADD",
    col_thirty: |limit| format!("{limit} rule"),
    col_flags: "Flags",
    col_link: "Link",
    open_plan: "Open plan",
    within: "within",
    over: "over",
    flag_above: "above ADD share",
    flag_dana_desa: "Dana Desa for officials/BPD (prohibited)",
    flag_no_one: "no one insured",
    flag_problems: "row with problems",
    section_problems: "Problems in the files",
    unknown_columns: "Unknown columns, ignored:",
    section_export: "Download",
    download_csv: "Download rekap (CSV)",
    share_csv: "Share rekap (CSV)",
    share_sheet: "Share the print sheet (HTML)",
    print: "Print rekap",
    print_scope: "Print scope",
    whole_kabupaten: "Whole district",
    sheet_title: "Village BPJS Ketenagakerjaan Premium Rekap (simulation)",
    sheet_total_words: "In words",
    sheet_printed: "Printed",
    sign_camat: "Camat (sub-district head)",
    sign_dpmd: "Head of DPMD",
    sign_name: "(name and signature)",
    sign_main: "Camat or Head of DPMD",
    saved_too_big: "This data is too large to keep on the device; after a reload, choose the files again.",
    storage_corrupt: "The saved rekap could not be read; it was set aside, not deleted.",
    privacy: "Everything is computed on your device; no data is sent.",
    col_kode_desa: "village code",
    col_nama_desa: "village name",
    col_kecamatan: "sub-district",
    col_belanja: "total spending",
    col_wage_base: "wage base",
    col_funding: "funding source",
    file_empty: "the file is empty",
    file_not_csv: "not a known CSV spreadsheet or JSON scenario file",
    file_too_many_rows: |max| format!("too many rows; at most {max}"),
    file_missing_column: |column| format!("required column missing: {column}"),
    at_cell: |row, column| format!("Row {row}, column {column}"),
    at_row: |row| format!("Row {row}"),
    unknown_funding: "unknown funding source (ADD, Dana Desa, PADes, APBD kabupaten, APBD provinsi, lainnya).",
    required: "required.",
    duplicate_kode: |kode, first_row| format!("village code {kode} already appears on row {first_row}."),
    duplicate_kode_in_file: |kode, file, first_row| {
        format!("village code {kode} already appears in file {file}, row {first_row}.")
    },
    unclosed_quote: "a quote is not closed; the rest of the file reads as one cell.",
    total_row: |label| format!("a total row ‘{label}’, not counted as a village."),
    not_a_village: "no village code and no village name, not counted as a village.",
    name_too_long: |max| format!("longer than {max} characters; cut to {max}."),
    table_of: |section| format!("{section} (table)"),
    of_all: |total| format!(" (of {total})"),
    more_problems: |count| format!("… and more problems: {count}"),
    sheet_total_row: |count| format!("Total ({count} villages)"),
    policy_line: |setups, period, source| format!("Computed with: {setups}; {period}; {source}."),
    source_default: "the calculator's default plan",
    source_preset: |name| format!("preset ‘{name}’"),
    source_copy: |day| {
        if day.is_empty() {
            "a copy of the village page's plan".into()
        } else {
            format!("a copy of the village page's plan, taken {day}")
        }
    },
    source_file: |name, day| format!("file {name}, read {day}"),
};

/// The texts of a language.
#[must_use]
pub fn rekap_texts(lang: Lang) -> &'static RekapTexts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// The default flag threshold, as the hint names it ("5 %").
#[must_use]
pub fn threshold_hint(lang: Lang) -> String {
    (rekap_texts(lang).threshold_hint)(&lang.prose_percent(DEFAULT_ADD_THRESHOLD))
}

/// What one file gave: "12 desa dibaca, 1 baris dilewati, 0 masalah".
#[must_use]
pub fn file_summary(lang: Lang, villages: usize, skipped: usize, problems: usize) -> String {
    let n = |x: usize| lang.count(u64::try_from(x).unwrap_or(u64::MAX));
    (rekap_texts(lang).file_summary)(&n(villages), &n(skipped), &n(problems))
}

/// The 30 % column's heading, with the limit of PP 11/2019 Pasal 100.
#[must_use]
pub fn col_thirty(lang: Lang) -> String {
    (rekap_texts(lang).col_thirty)(&lang.prose_percent(THIRTY_PERCENT))
}

/// A column's name as the user knows it from the template.
#[must_use]
pub fn column_name(lang: Lang, column: Column) -> String {
    let t = rekap_texts(lang);
    match column {
        Column::KodeDesa => t.col_kode_desa.into(),
        Column::NamaDesa => t.col_nama_desa.into(),
        Column::Kecamatan => t.col_kecamatan.into(),
        Column::Add => "ADD".into(),
        Column::Belanja => t.col_belanja.into(),
        Column::Siltap => "siltap".into(),
        Column::Count(kind) => kind_name(lang, kind).into(),
        Column::Base(kind) => format!("{} {}", t.col_wage_base, kind_name(lang, kind)),
        Column::Funding(kind) => format!("{} {}", t.col_funding, kind_name(lang, kind)),
    }
}

/// The sentence for a whole file that could not be read.
#[must_use]
pub fn file_error(lang: Lang, error: &FileError) -> String {
    let t = rekap_texts(lang);
    match error {
        FileError::Empty => t.file_empty.into(),
        FileError::NotCsv => t.file_not_csv.into(),
        FileError::TooManyRows { max } => {
            (t.file_too_many_rows)(&lang.count(u32::try_from(*max).unwrap_or(u32::MAX)))
        }
        FileError::MissingColumn(column) => (t.file_missing_column)(&column_name(lang, *column)),
    }
}

/// The sentence for one problem in a row: "Baris 17, kolom ADD: ‘3l8 juta’ bukan angka."
#[must_use]
pub fn row_problem(lang: Lang, problem: &RowProblem) -> String {
    let t = rekap_texts(lang);
    let cell = |row: usize, column: Column| (t.at_cell)(row, &column_name(lang, column));
    match problem {
        RowProblem::BadCell {
            row,
            column,
            text,
            error,
        } => format!(
            "{}: ‘{text}’ — {}",
            cell(*row, *column),
            input_error(lang, error)
        ),
        RowProblem::UnknownFunding { row, column, text } => {
            format!("{}: ‘{text}’ — {}", cell(*row, *column), t.unknown_funding)
        }
        RowProblem::MissingValue { row, column } => {
            format!("{}: {}", cell(*row, *column), t.required)
        }
        RowProblem::DuplicateKode {
            row,
            first_row,
            kode,
        } => format!(
            "{}: {}",
            (t.at_row)(*row),
            (t.duplicate_kode)(kode, *first_row)
        ),
        RowProblem::DuplicateKodeInFile {
            row,
            first_file,
            first_row,
            kode,
        } => format!(
            "{}: {}",
            (t.at_row)(*row),
            (t.duplicate_kode_in_file)(kode, first_file, *first_row)
        ),
        RowProblem::UnclosedQuote { row } => {
            format!("{}: {}", (t.at_row)(*row), t.unclosed_quote)
        }
        RowProblem::TotalRow { row, text } => {
            format!("{}: {}", (t.at_row)(*row), (t.total_row)(text))
        }
        RowProblem::NotAVillage { row } => {
            format!("{}: {}", (t.at_row)(*row), t.not_a_village)
        }
        RowProblem::NameTooLong { row, max } => format!(
            "{}: {}",
            cell(*row, Column::NamaDesa),
            (t.name_too_long)(*max)
        ),
    }
}

/// The sentence for one problem of a JSON scenario file, with the path in the file.
#[must_use]
pub fn json_problem(
    lang: Lang,
    path: &str,
    kind: &crate::codec::scenario_file::ImportProblemKind,
) -> String {
    if path.is_empty() {
        import_problem(lang, kind)
    } else {
        format!("{path}: {}", import_problem(lang, kind))
    }
}

/// The words of "Daftar desa resmi", the village registry (`codec::registry`).
pub struct RegistryTexts {
    pub section: &'static str,
    pub hint: &'static str,
    pub province: &'static str,
    pub all_provinces: &'static str,
    pub kabupaten: &'static str,
    pub choose: &'static str,
    pub kelurahan: &'static str,
    pub template: &'static str,
    pub clear: &'static str,
    pub loading: &'static str,
    pub failed: &'static str,
    /// "Kabupaten Bungo: 141 desa …", given the name and the counts as words.
    pub listed: fn(name: &str, desa: &str, kelurahan: &str) -> String,
    /// The edition line, given the decree, its year and the package.
    pub edition: fn(decree: &str, year: &str, source: &str) -> String,
    /// A code not of the kabupaten, given the code and the kabupaten.
    pub unknown_code: fn(kode: &str, kabupaten: &str) -> String,
    /// A name other than the registry's, given both.
    pub name_differs: fn(found: &str, expected: &str) -> String,
    /// A desa no spreadsheet lists, given its name, code and kecamatan.
    pub missing: fn(nama: &str, kode: &str, kecamatan: &str) -> String,
    /// The heading of those desa in the problem list, given the kabupaten.
    pub missing_heading: fn(kabupaten: &str) -> String,
}

/// The registry's Indonesian words.
pub static REGISTRY_ID: RegistryTexts = RegistryTexts {
    section: "Daftar desa resmi",
    hint: "Pilih kabupaten/kota: tabel terisi semua desanya, dikelompokkan per kecamatan, dengan jumlah orang 0 dan ADD kosong. Unduh spreadsheet desanya, isi, lalu pilih berkas itu di bawah.",
    province: "Provinsi",
    all_provinces: "Semua provinsi",
    kabupaten: "Kabupaten/kota",
    choose: "— pilih kabupaten/kota —",
    kelurahan: "Sertakan kelurahan (kelurahan tidak menerima ADD)",
    template: "Unduh spreadsheet desa kabupaten ini",
    clear: "Lepaskan daftar desa",
    loading: "Mengambil daftar desa…",
    failed: "Daftar desa tidak dapat diambil. Periksa sambungan internet, lalu coba lagi.",
    listed: |name, desa, kelurahan| format!("{name}: {desa} desa dan {kelurahan} kelurahan terdaftar."),
    edition: |decree, year, source| {
        format!("Sumber daftar: kode dan nama wilayah {decree} (tahun {year}), dari data {source} (lisensi MIT).")
    },
    unknown_code: |kode, kabupaten| format!("kode ‘{kode}’ tidak ada di daftar desa {kabupaten}"),
    name_differs: |found, expected| format!("nama ‘{found}’; di daftar desa resmi ‘{expected}’"),
    missing: |nama, kode, kecamatan| {
        format!("{nama} ({kode}, Kecamatan {kecamatan}) tidak ada di spreadsheet; ditampilkan dengan jumlah 0 dan ADD kosong.")
    },
    missing_heading: |kabupaten| format!("Desa {kabupaten} yang tidak ada di spreadsheet"),
};

/// The registry's English words.
pub static REGISTRY_EN: RegistryTexts = RegistryTexts {
    section: "Official list of villages",
    hint: "Choose a kabupaten/kota: the table fills with all its villages, grouped by sub-district, with 0 people and no ADD. Download its villages spreadsheet, fill it in, then choose that file below.",
    province: "Province",
    all_provinces: "All provinces",
    kabupaten: "Kabupaten/kota",
    choose: "— choose a kabupaten/kota —",
    kelurahan: "Include kelurahan (kelurahan receive no ADD)",
    template: "Download this kabupaten's villages spreadsheet",
    clear: "Remove the list of villages",
    loading: "Fetching the list of villages…",
    failed: "The list of villages could not be fetched. Check the internet connection, then try again.",
    listed: |name, desa, kelurahan| format!("{name}: {desa} desa and {kelurahan} kelurahan listed."),
    edition: |decree, year, source| {
        format!("Source of the list: region codes and names of {decree} (year {year}), from the {source} data (MIT licence).")
    },
    unknown_code: |kode, kabupaten| format!("code ‘{kode}’ is not in the list of villages of {kabupaten}"),
    name_differs: |found, expected| format!("name ‘{found}’; the official list has ‘{expected}’"),
    missing: |nama, kode, kecamatan| {
        format!("{nama} ({kode}, sub-district {kecamatan}) is not in the spreadsheet; shown with 0 people and no ADD.")
    },
    missing_heading: |kabupaten| format!("Villages of {kabupaten} not in the spreadsheet"),
};

/// The registry's words in `lang`.
#[must_use]
pub fn registry_texts(lang: Lang) -> &'static RegistryTexts {
    match lang {
        Lang::Id => &REGISTRY_ID,
        Lang::En => &REGISTRY_EN,
    }
}

/// The sentence for one registry problem, with its row and column when it is on a row:
/// "Baris 4, kolom kode desa: kode ‘99.01.01.2001’ tidak ada di daftar desa Kabupaten Bungo".
#[must_use]
pub fn registry_problem(lang: Lang, kabupaten: &str, problem: &RegistryProblem) -> String {
    let t = rekap_texts(lang);
    let r = registry_texts(lang);
    let cell = |row: usize, column: Column| (t.at_cell)(row, &column_name(lang, column));
    match problem {
        RegistryProblem::UnknownCode { row, kode } => format!(
            "{}: {}",
            cell(*row, Column::KodeDesa),
            (r.unknown_code)(kode, kabupaten)
        ),
        RegistryProblem::NameDiffers {
            row,
            found,
            expected,
        } => format!(
            "{}: {}",
            cell(*row, Column::NamaDesa),
            (r.name_differs)(found, expected)
        ),
        RegistryProblem::Missing {
            kode,
            nama,
            kecamatan,
        } => (r.missing)(nama, kode, kecamatan),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::input::InputError;

    #[test]
    fn registry_problems_name_row_and_column_in_both_languages() {
        let p = RegistryProblem::UnknownCode {
            row: 4,
            kode: "99.01.01.2001".into(),
        };
        assert_eq!(
            registry_problem(Lang::Id, "Kabupaten Bungo", &p),
            "Baris 4, kolom kode desa: kode ‘99.01.01.2001’ tidak ada di daftar desa Kabupaten Bungo"
        );
        let p = RegistryProblem::NameDiffers {
            row: 3,
            found: "Lubuk Baru".into(),
            expected: "Lubuk Niur".into(),
        };
        assert_eq!(
            registry_problem(Lang::En, "Kabupaten Bungo", &p),
            "Row 3, column village name: name ‘Lubuk Baru’; the official list has ‘Lubuk Niur’"
        );
    }

    #[test]
    fn a_bad_cell_names_row_column_and_text_in_both_languages() {
        let p = RowProblem::BadCell {
            row: 17,
            column: Column::Add,
            text: "3l8 juta".into(),
            error: InputError::NotANumber,
        };
        let id = row_problem(Lang::Id, &p);
        assert!(
            id.starts_with("Baris 17, kolom ADD: ‘3l8 juta’ — Bukan angka"),
            "{id}"
        );
        let en = row_problem(Lang::En, &p);
        assert!(en.starts_with("Row 17, column ADD: ‘3l8 juta’ — "), "{en}");
    }

    #[test]
    fn a_village_from_another_file_names_that_file() {
        let p = RowProblem::DuplicateKodeInFile {
            row: 5,
            first_file: "bungo.csv".into(),
            first_row: 9,
            kode: "15.08.01.2001".into(),
        };
        assert_eq!(
            row_problem(Lang::Id, &p),
            "Baris 5: kode desa 15.08.01.2001 sudah ada di berkas bungo.csv, baris 9."
        );
        assert_eq!(
            row_problem(Lang::En, &p),
            "Row 5: village code 15.08.01.2001 already appears in file bungo.csv, row 9."
        );
    }

    #[test]
    fn rows_left_out_and_names_cut_say_so_with_their_row() {
        let total = RowProblem::TotalRow {
            row: 14,
            text: "JUMLAH".into(),
        };
        assert_eq!(
            row_problem(Lang::Id, &total),
            "Baris 14: baris jumlah ‘JUMLAH’, tidak dihitung sebagai desa."
        );
        assert_eq!(
            row_problem(Lang::En, &total),
            "Row 14: a total row ‘JUMLAH’, not counted as a village."
        );
        let none = RowProblem::NotAVillage { row: 15 };
        assert_eq!(
            row_problem(Lang::Id, &none),
            "Baris 15: tanpa kode desa dan nama desa, tidak dihitung sebagai desa."
        );
        assert_eq!(
            row_problem(Lang::En, &none),
            "Row 15: no village code and no village name, not counted as a village."
        );
        let long = RowProblem::NameTooLong { row: 3, max: 80 };
        assert_eq!(
            row_problem(Lang::Id, &long),
            "Baris 3, kolom nama desa: lebih dari 80 karakter; dipotong menjadi 80."
        );
        assert_eq!(
            row_problem(Lang::En, &long),
            "Row 3, column village name: longer than 80 characters; cut to 80."
        );
    }

    #[test]
    fn a_missing_column_is_named() {
        let s = file_error(Lang::Id, &FileError::MissingColumn(Column::KodeDesa));
        assert_eq!(s, "kolom wajib tidak ada: kode desa");
    }

    #[test]
    fn a_file_says_what_was_read() {
        assert_eq!(
            file_summary(Lang::Id, 12, 1, 0),
            "12 desa dibaca, 1 baris dilewati, 0 masalah"
        );
        assert_eq!(
            file_summary(Lang::En, 1_234, 0, 2),
            "1,234 villages read, 0 rows skipped, 2 problems"
        );
        assert_eq!((ID.sheet_kabupaten)("Bungo"), "Kabupaten Bungo");
        assert_eq!((ID.sheet_kabupaten)("KABUPATEN Kendal"), "KABUPATEN Kendal");
    }

    #[test]
    fn the_limits_come_from_the_rules() {
        assert_eq!(threshold_hint(Lang::Id), "Bawaan 5 %.");
        assert_eq!(col_thirty(Lang::Id), "Batas 30 %");
        assert_eq!(col_thirty(Lang::En), "30 % rule");
    }
}
