// What the menu's dialogs say, in Indonesian and English (the office's UI language picks).
#pragma once

#include "core/function_catalog.hpp"

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

}  // namespace kinerja::core::dialog_text
