// The two UI languages Kinerja speaks, and a fixed text in both: Indonesian first (the
// product's language), English second (the office's UI language picks).
#pragma once

#include <string_view>

namespace kinerja::core {

enum class Language { indonesian, english };

struct LocalizedText {
  std::string_view id;
  std::string_view en;
  std::string_view in(Language language) const { return language == Language::english ? en : id; }
};

// English for "en" locales, Indonesian otherwise.
constexpr Language language_of(std::string_view locale_language) {
  return locale_language == "en" ? Language::english : Language::indonesian;
}

}  // namespace kinerja::core
