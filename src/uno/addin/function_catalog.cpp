#include "uno/addin/function_catalog.hpp"

#include <algorithm>

namespace kinerja::uno {
namespace {

constexpr ArgumentInfo capaian_arguments[] = {
    {{"realisasi", "actual"},
     {"Nilai realisasi (kosong: belum lapor). Boleh teks seperti 1.234,5 atau 85%.",
      "The actual value (empty: not reported). Text such as 1.234,5 or 85% is accepted."}},
    {{"target", "target"},
     {"Nilai target periode yang sama.", "The target of the same period."}},
    {{"polaritas", "polarity"},
     {"Opsional: \"positif\" (makin tinggi makin baik, bawaan) atau \"negatif\".",
      "Optional: \"positif\" (higher is better, the default) or \"negatif\" (lower is better)."}},
    {{"metode_negatif", "negative_method"},
     {"Opsional, untuk indikator negatif: \"selisih\" = (2 x target - realisasi) / target (bawaan) "
      "atau \"rasio\" = target / realisasi.",
      "Optional, for negative indicators: \"selisih\" = (2 x target - actual) / target (default) "
      "or \"rasio\" = target / actual."}},
};

constexpr FunctionInfo catalog[] = {
    {"capaian", "CAPAIAN",
     {"Capaian kinerja dalam persen: realisasi dibanding target, menurut polaritas indikator.",
      "Performance achievement in percent: the actual against the target, by the indicator's "
      "polarity."},
     capaian_arguments},
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

Language language_of(std::string_view locale_language) {
  return locale_language == "en" ? Language::english : Language::indonesian;
}

}  // namespace kinerja::uno
