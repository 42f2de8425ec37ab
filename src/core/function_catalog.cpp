#include "core/function_catalog.hpp"

#include <algorithm>

namespace kinerja::core {
namespace {

constexpr ArgumentInfo realisasi = {
    {"realisasi", "actual"},
    {"Nilai realisasi. Teks seperti 1.234,5 atau 85% juga diterima; teks kosong berarti belum lapor.",
     "The actual value. Text such as 1.234,5 or 85% is accepted; an empty text means not reported."}};

constexpr ArgumentInfo target = {
    {"target", "target"},
    {"Target periode yang sama; kosong berarti tidak ada target.",
     "The target of the same period; empty means no target."}};

constexpr ArgumentInfo polaritas = {
    {"polaritas", "polarity"},
    {"Opsional: \"positif\" (makin tinggi makin baik, bawaan) atau \"negatif\" (makin rendah makin baik).",
     "Optional: \"positif\" (higher is better, the default) or \"negatif\" (lower is better)."}};

constexpr ArgumentInfo metode_negatif = {
    {"metode_negatif", "negative_method"},
    {"Opsional, untuk indikator negatif: \"selisih\" = (2 x target - realisasi) / target (bawaan) "
     "atau \"rasio\" = target / realisasi.",
     "Optional, for negative indicators: \"selisih\" = (2 x target - actual) / target (the default) "
     "or \"rasio\" = target / actual."}};

constexpr ArgumentInfo metode = {
    {"metode", "method"},
    {"Cara menggabungkan triwulan: \"sum\"/\"jumlah\", \"last\"/\"akhir\", \"average\"/\"rata-rata\", "
     "\"max\"/\"maks\" atau \"min\".",
     "How quarters combine: \"sum\"/\"jumlah\", \"last\"/\"akhir\", \"average\"/\"rata-rata\", "
     "\"max\"/\"maks\" or \"min\"."}};

constexpr ArgumentInfo capaian_arguments[] = {realisasi, target, polaritas, metode_negatif};

constexpr ArgumentInfo predikat_arguments[] = {
    {{"capaian", "achievement"}, {"Capaian dalam persen.", "The achievement in percent."}},
    {{"skala", "scale"},
     {"Opsional: rentang dua kolom (batas bawah, predikat). Bawaan: >= 91 Sangat Tinggi, >= 76 Tinggi, "
      ">= 66 Sedang, >= 51 Rendah, selain itu Sangat Rendah.",
      "Optional: a two-column range (lower bound, label). Default: >= 91 Sangat Tinggi, >= 76 Tinggi, "
      ">= 66 Sedang, >= 51 Rendah, otherwise Sangat Rendah."}},
};

constexpr ArgumentInfo sampai_tw_optional = {
    {"sampai_tw", "to_quarter"},
    {"Opsional: triwulan terakhir yang digabung, 1 sampai 4 (bawaan: semua sel).",
     "Optional: the last quarter combined, 1 to 4 (default: every cell)."}};

constexpr ArgumentInfo agregasi_arguments[] = {
    {{"nilai", "values"},
     {"Rentang nilai triwulan TW I sampai TW IV (satu baris atau satu kolom); sel kosong = belum lapor.",
      "The quarterly values TW I to TW IV (one row or one column); an empty cell = not reported."}},
    metode,
    sampai_tw_optional,
};

constexpr ArgumentInfo targetsd_arguments[] = {
    {{"target_tw", "quarter_targets"},
     {"Rentang target rencana aksi TW I sampai TW IV (satu baris atau satu kolom).",
      "The action plan's targets TW I to TW IV (one row or one column)."}},
    {{"sampai_tw", "to_quarter"}, {"Triwulan, 1 sampai 4.", "The quarter, 1 to 4."}},
    metode,
    {{"jenis_target", "target_kind"},
     {"Opsional: \"per_tw\" (target tiap triwulan, bawaan) atau \"kumulatif\" (target s.d. triwulan).",
      "Optional: \"per_tw\" (each quarter's own target, the default) or \"kumulatif\" (target to date)."}},
};

constexpr ArgumentInfo angka_arguments[] = {
    {{"teks", "text"},
     {"Angka yang diketik cara Indonesia: 1.234,5 = 1234,5; 1,5; 85% = 85.",
      "A number typed the Indonesian way: 1.234,5 = 1234.5; 1,5 = 1.5; 85% = 85."}},
};

constexpr ArgumentInfo capaian_renstra_arguments[] = {
    realisasi,
    {{"target_akhir", "end_target"},
     {"Target akhir Renstra (tahun terakhir rencana jangka menengah).",
      "The Renstra's end target (the last year of the medium-term plan)."}},
    {{"kondisi_awal", "baseline"},
     {"Opsional: kondisi awal Renstra. Dengan kondisi awal, capaian = jarak yang sudah ditempuh dari kondisi "
      "awal menuju target akhir; tanpa itu, realisasi dibanding target akhir.",
      "Optional: the Renstra's baseline. With it, the achievement is the share of the way from the baseline "
      "to the end target covered; without it, the actual against the end target."}},
    polaritas,
};

constexpr ArgumentInfo efisiensi_arguments[] = {
    {{"capaian", "achievement"}, {"Capaian kinerja dalam persen.", "The performance achievement in percent."}},
    {{"serapan", "absorption"},
     {"Serapan anggaran dalam persen: realisasi anggaran / pagu x 100.",
      "The budget absorption in percent: budget spent / ceiling (pagu) x 100."}},
    {{"batas", "margin"},
     {"Opsional: batas dalam poin (bawaan 5). Capaian - serapan > batas: Efisien; dalam batas: Cukup Efisien; "
      "selain itu Tidak Efisien.",
      "Optional: the margin in points (default 5). Achievement - absorption > margin: Efisien; within it: Cukup "
      "Efisien; otherwise Tidak Efisien."}},
};

constexpr FunctionInfo catalog[] = {
    {"capaian", "CAPAIAN",
     {"Capaian kinerja dalam persen: realisasi dibanding target, menurut polaritas indikator.",
      "Performance achievement in percent: the actual against the target, by the indicator's polarity."},
     capaian_arguments},
    {"predikat", "PREDIKAT",
     {"Predikat sebuah capaian menurut skala penilaian.", "The rating label of an achievement on a rating scale."},
     predikat_arguments},
    {"agregasi", "AGREGASI",
     {"Menggabungkan nilai triwulan sampai triwulan tertentu; triwulan kosong tidak dihitung.",
      "Combines quarterly values up to a quarter; empty quarters take no part."},
     agregasi_arguments},
    {"targetsd", "TARGET.SD",
     {"Target sampai dengan triwulan tertentu menurut rencana aksi.",
      "The action plan's target to date at a quarter."},
     targetsd_arguments},
    {"statuskinerja", "STATUS.KINERJA",
     {"Status capaian: Tercapai, Tidak tercapai, Belum lapor, Tidak ada target atau Tidak dapat dihitung.",
      "The status: Tercapai (achieved), Tidak tercapai (missed), Belum lapor (not reported), "
      "Tidak ada target (no target) or Tidak dapat dihitung (cannot be computed)."},
     capaian_arguments},
    {"angka", "ANGKA",
     {"Mengubah angka yang diketik cara Indonesia menjadi bilangan.",
      "Turns a number typed the Indonesian way into a number."},
     angka_arguments},
    {"capaianrenstra", "CAPAIAN.RENSTRA",
     {"Capaian terhadap target akhir Renstra, dari kondisi awal bila ada, menurut polaritas indikator.",
      "The achievement toward the Renstra's end target, from the baseline when given, by the indicator's "
      "polarity."},
     capaian_renstra_arguments},
    {"efisiensi", "EFISIENSI",
     {"Efisiensi penggunaan anggaran: capaian kinerja dibanding serapan anggaran.",
      "The efficiency of the budget's use: the performance achievement against the budget absorption."},
     efisiensi_arguments},
};

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return lower(x) == lower(y);
  });
}

}  // namespace

std::span<const FunctionInfo> function_catalog() { return catalog; }

const FunctionInfo* find_by_method(std::string_view method) {
  for (const FunctionInfo& info : catalog) {
    if (info.method == method) return &info;
  }
  return nullptr;
}

const FunctionInfo* find_by_display_name(std::string_view display_name) {
  for (const FunctionInfo& info : catalog) {
    if (equal_ignoring_case(info.display_name, display_name)) return &info;
  }
  return nullptr;
}

}  // namespace kinerja::core
