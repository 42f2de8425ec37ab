// What the menu's dialogs say, in Indonesian and English (the office's UI language picks).
#pragma once

#include "core/language.hpp"

namespace kinerja::core::dialog_text {

inline constexpr LocalizedText ok{"OK", "OK"};
inline constexpr LocalizedText cancel{"Batal", "Cancel"};

namespace new_master {
inline constexpr LocalizedText pick_agreement{"Perjanjian Kinerja dan Rencana Aksi (CSV)",
                                              "Performance Agreement and Action Plan (CSV)"};
inline constexpr LocalizedText no_agreement{
    "Tidak ada Perjanjian Kinerja yang dipilih. Buat buku induk dengan lembar PK kosong, untuk diisi sendiri?",
    "No performance agreement was chosen. Make a master workbook with an empty PK sheet, to fill in yourself?"};
inline constexpr LocalizedText title{"Buku Induk Baru", "New Master Workbook"};
inline constexpr LocalizedText intro{
    "Tahun dan instansi menentukan formulir dan laporan; penanda tangan dapat diisi nanti di lembar Pengaturan.",
    "The year and the agency decide the forms and reports; the signatory can be filled in later on the Pengaturan sheet."};
inline constexpr LocalizedText year{"Tahun kinerja", "Performance year"};
inline constexpr LocalizedText agency{"Nama instansi", "Agency"};
inline constexpr LocalizedText signatory_name{"Nama penanda tangan", "Signatory's name"};
inline constexpr LocalizedText signatory_nip{"NIP penanda tangan", "Signatory's NIP"};
inline constexpr LocalizedText signatory_title{"Jabatan penanda tangan", "Signatory's position"};
inline constexpr LocalizedText invalid_year{"bukan tahun: isi tahun kinerja, misalnya 2023. Buku induk tidak dibuat.",
                                            "is no year: type the performance year, e.g. 2023. No master workbook was made."};
}  // namespace new_master

namespace make_forms {
inline constexpr LocalizedText title{"Buat Formulir Bidang", "Make Division Forms"};
inline constexpr LocalizedText intro{
    "Satu formulir untuk setiap bidang; pilih bulan untuk formulir laporan progres bulanan. Excel (.xlsx) dapat "
    "dibuka di Excel, WPS dan LibreOffice.",
    "One form per division; pick a month for the monthly progress report's form. Excel (.xlsx) opens in Excel, WPS "
    "and LibreOffice."};
inline constexpr LocalizedText quarter{"Triwulan", "Quarter"};
inline constexpr LocalizedText period{"Triwulan atau bulan", "Quarter or month"};
inline constexpr LocalizedText months[12] = {
    {"Bulan Januari", "January"},    {"Bulan Februari", "February"}, {"Bulan Maret", "March"},
    {"Bulan April", "April"},        {"Bulan Mei", "May"},           {"Bulan Juni", "June"},
    {"Bulan Juli", "July"},          {"Bulan Agustus", "August"},    {"Bulan September", "September"},
    {"Bulan Oktober", "October"},    {"Bulan November", "November"}, {"Bulan Desember", "December"}};
inline constexpr LocalizedText format{"Format berkas", "File format"};
inline constexpr LocalizedText format_xlsx{"Excel (.xlsx)", "Excel (.xlsx)"};
inline constexpr LocalizedText format_ods{"OpenDocument (.ods)", "OpenDocument (.ods)"};
inline constexpr LocalizedText format_both{"Keduanya (.xlsx dan .ods)", "Both (.xlsx and .ods)"};
inline constexpr LocalizedText folder{"Folder untuk formulir bidang", "Folder for the division forms"};
inline constexpr LocalizedText existing_title{"Kinerja: formulir sudah ada", "Kinerja: the forms are there already"};
inline constexpr LocalizedText existing{" formulir sudah ada di folder itu:", " forms are in that folder already:"};
inline constexpr LocalizedText overwrite_question{
    "Bisa jadi sudah diisi dan dikirim kembali oleh bidang. Timpa dengan formulir kosong?",
    "The divisions may have filled and sent them back. Replace them with empty forms?"};
}  // namespace make_forms

namespace send_forms {
inline constexpr LocalizedText title{"Kirim Formulir lewat Surel", "Send the Forms by Email"};
inline constexpr LocalizedText intro{
    "Untuk setiap bidang sebuah pesan dibuka di program surel Anda, formulirnya terlampir, ke alamat di Kontak "
    "Bidang (Pengaturan). Periksa lalu kirim sendiri.",
    "For each division a message opens in your mail program, its form attached, to the address in Kontak Bidang "
    "(Pengaturan). Check it, then send it yourself."};
inline constexpr LocalizedText folder{"Folder formulir bidang (dibuat di sini bila belum ada)",
                                      "Folder of the division forms (made here when there are none)"};
}  // namespace send_forms

namespace pull {
inline constexpr LocalizedText folder{"Folder kiriman bidang", "Folder of the division submissions"};
inline constexpr LocalizedText files{"Kiriman bidang (boleh beberapa berkas)", "Division submissions (several files allowed)"};
inline constexpr LocalizedText filter{"Lembar kerja, CSV dan surel (.eml)", "Spreadsheets, CSV and saved emails (.eml)"};
}  // namespace pull

namespace history {
inline constexpr LocalizedText files{"Buku induk tahun-tahun sebelumnya (boleh beberapa)",
                                     "Masters of the earlier years (several allowed)"};
inline constexpr LocalizedText filter{"Buku induk Kinerja (.ods)", "Kinerja masters (.ods)"};
}  // namespace history

namespace save {
inline constexpr LocalizedText pdf{"Ekspor laporan ke PDF", "Export the report to PDF"};
inline constexpr LocalizedText share{"Salinan untuk dibagikan (tanpa rumus Kinerja)", "Copy to share (no Kinerja formulas)"};
inline constexpr LocalizedText e81{"Formulir E.81 (evaluasi Renja)", "The E.81 form (Renja evaluation)"};
}  // namespace save

namespace share_copy {
inline constexpr LocalizedText title{"Salin untuk Dibagikan", "Copy to Share"};
inline constexpr LocalizedText everything_question{
    "Salinan berisi Rekap, Disposisi dan laporan, tanpa NIP penanda tangan.\n\nSertakan juga lembar kerja "
    "internal (Pengaturan dengan NIP, Realisasi dan Kiriman dengan sidik berkas dan nama pengguna, Masalah, "
    "Jejak SOP)?",
    "The copy holds Rekap, Disposisi and the reports, without the signatory's NIP.\n\nInclude the working "
    "sheets too (Pengaturan with the NIP, Realisasi and Kiriman with file hashes and user names, Masalah, "
    "Jejak SOP)?"};
}  // namespace share_copy

}  // namespace kinerja::core::dialog_text
