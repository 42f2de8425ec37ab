#include "core/office_words.hpp"

#include <cctype>

namespace kinerja::core {

namespace {

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// The end of a source location starting at `at` (" at <path>.<ext>:<line>"), or npos when the
// text there is none: a path ending in a C++ source file name and a line number.
std::size_t location_end(std::string_view text, std::size_t at) {
  std::size_t path = at + 4;  // after " at "
  if (path >= text.size() || (text[path] != '.' && text[path] != '/')) return std::string_view::npos;
  std::size_t end = path;
  while (end < text.size() && !is_space(text[end])) ++end;
  const std::string_view word = text.substr(path, end - path);
  const std::size_t colon = word.rfind(':');
  if (colon == std::string_view::npos || colon + 1 >= word.size()) return std::string_view::npos;
  for (std::size_t i = colon + 1; i < word.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(word[i]))) return std::string_view::npos;
  }
  const std::string_view file = word.substr(0, colon);
  for (std::string_view extension : {".cxx", ".cpp", ".hxx", ".hpp", ".c", ".h", ".mm"}) {
    if (file.size() > extension.size() && file.substr(file.size() - extension.size()) == extension) return end;
  }
  return std::string_view::npos;
}

}  // namespace

bool has_source_location(std::string_view text) {
  for (std::size_t at = text.find(" at "); at != std::string_view::npos; at = text.find(" at ", at + 1)) {
    if (location_end(text, at) != std::string_view::npos) return true;
  }
  return false;
}

std::string without_source_locations(std::string_view text) {
  std::string kept;
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 4, " at ") == 0) {
      if (const std::size_t end = location_end(text, i); end != std::string_view::npos) {
        i = end;
        continue;
      }
    }
    kept += text[i++];
  }
  return kept;
}

std::string office_words(std::string_view raw, std::size_t limit) {
  const std::string kept = without_source_locations(raw);
  std::string folded;
  for (char c : kept) {
    if (is_space(c)) {
      if (!folded.empty() && folded.back() != ' ') folded += ' ';
    } else {
      folded += c;
    }
  }
  while (!folded.empty() && folded.back() == ' ') folded.pop_back();
  if (folded.size() > limit) {
    std::size_t cut = limit > 3 ? limit - 3 : 0;
    // Not inside a UTF-8 character.
    while (cut > 0 && (static_cast<unsigned char>(folded[cut]) & 0xC0) == 0x80) --cut;
    folded = folded.substr(0, cut);
    while (!folded.empty() && folded.back() == ' ') folded.pop_back();
    folded += "...";
  }
  return folded;
}

std::string with_office_words(std::string sentence, std::string_view raw) {
  const std::string words = office_words(raw);
  if (words.empty()) return sentence;
  const bool stop = !sentence.empty() && sentence.back() == '.';
  if (stop) sentence.pop_back();
  return sentence + " (LibreOffice: " + words + ")" + (stop ? "." : "");
}

}  // namespace kinerja::core
